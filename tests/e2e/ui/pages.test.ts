import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config';
import { PAGE_TYPES } from './helpers';

test.describe('page types', () => {
	test('home introduces the site, topics with counts and a start-here list', async ({ page }) => {
		await page.goto('');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('SRE interviews');
		await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
		await expect(page.locator('.topic-grid li')).toHaveCount(19);
		await expect(page.locator('.topic-grid a', { hasText: 'Kubernetes' })).toContainText(/\d+ questions/);
	});

	test('the question list shows every question grouped by topic', async ({ page }) => {
		await page.goto(PAGE_TYPES.questions);
		await expect(page.locator('.question-item')).toHaveCount(52);
		await expect(page.getByRole('heading', { level: 2, name: 'Incident response' })).toBeVisible();
	});

	test('a question page has its number, chips, answer, key points, follow-ups, related and pager', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		await expect(page.getByText('Question 17', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('alert worth paging');
		await expect(page.locator('.question-header .chip-list').getByRole('link', { name: 'Mid-level' })).toHaveAttribute('href', `${BASE_PATH}levels/mid/`);
		await expect(page.locator('.question-header .chip-list').getByRole('link', { name: 'Alerting', exact: true })).toHaveAttribute('href', `${BASE_PATH}topics/alerting/`);
		await expect(page.getByRole('heading', { name: 'Common pitfalls' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Likely follow-ups' })).toBeVisible();
		await expect(page.locator('.related a').first()).toHaveAttribute('href', new RegExp(`^${BASE_PATH}questions/`));
		await expect(page.locator('a[rel=prev]')).toContainText('#16');
		await expect(page.locator('a[rel=next]')).toContainText('#18');
		await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/questions\/actionable-alerts-without-fatigue\.mdx$/);
		await expect(page.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	});

	test('every h2 and h3 of an answer has an id and an anchor link that shows on focus', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const headings = page.locator('.prose :is(h2, h3)');
		expect(await headings.count()).toBeGreaterThan(2);
		for (const heading of await headings.all()) {
			const id = await heading.getAttribute('id');
			expect(id).toBeTruthy();
			await expect(page.locator(`.heading-wrapper:has(#${id}) > a.anchor-link`)).toHaveAttribute('href', `#${id}`);
		}
		const anchor = page.locator('.prose .anchor-link').first();
		await expect(anchor).toHaveCSS('opacity', '0');
		await anchor.focus();
		await expect(anchor).toHaveCSS('opacity', '1');
	});

	test('links between answers go straight to the canonical page under the base', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const inText = page.locator('.prose a[href*="/questions/"]');
		expect(await inText.count()).toBeGreaterThan(0);
		for (const href of await inText.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(new RegExp(`^${BASE_PATH}questions/[a-z0-9-]+/(#.*)?$`));
		}
	});

	test('topic, level and kind pages list their questions', async ({ page }) => {
		await page.goto(PAGE_TYPES.topic);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('SLIs, SLOs & error budgets');
		await expect(page.locator('.question-item', { hasText: '#3' })).toBeVisible();
		await page.goto(PAGE_TYPES.level);
		for (const item of await page.locator('.question-item').all()) await expect(item).toHaveAttribute('data-level', 'senior');
		await page.goto(PAGE_TYPES.kind);
		for (const item of await page.locator('.question-item').all()) await expect(item).toHaveAttribute('data-kind', 'behavioral');
	});

	test('the about page explains how to contribute', async ({ page }) => {
		await page.goto(PAGE_TYPES.about);
		await expect(page.getByRole('heading', { name: 'Contributing a question' })).toBeVisible();
	});

	test('an unknown address gets the 404 page with working links', async ({ page }) => {
		const response = await page.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'All questions' }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/$`));
	});
});

test.describe('permalinks', () => {
	test('/q/<id>/ reaches the canonical page', async ({ page }) => {
		await page.goto('q/17/');
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/actionable-alerts-without-fatigue/$`));
		await page.goto('q/3/');
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/slis-slos-error-budgets/$`));
		await expect(page.getByRole('heading', { level: 1 })).toContainText('SLIs and SLOs');
	});

	test('a short link keeps its #section', async ({ page }) => {
		await page.goto('q/17/#key-points');
		await expect(page).toHaveURL(/actionable-alerts-without-fatigue\/#key-points$/);
	});

	test('a redirect page works without JavaScript too and declares its canonical', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('q/13/');
		await expect(page).toHaveURL(/questions\/preventing-cascading-failures\/$/);
		await context.close();
	});

	test('an alias slug redirects to the current page', async ({ page }) => {
		await page.goto('questions/alert-fatigue/');
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/actionable-alerts-without-fatigue/$`));
	});
});
