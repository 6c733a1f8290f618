import { expect, test, type Page } from '@playwright/test';
import { getTopic } from '../../../src/lib/taxonomy';
import { BASE_PATH } from '../sites';
import { chooseTheme, expectNoAxeViolations } from '../axe-and-theme';
import { firstQuestion, PAGE_TYPES, pagePath, withKeyword } from './fixture-bank';

const OOM = withKeyword('OOMKilled');

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the answers' });
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search questions' });
/** The question results (not their section links) rendered for a query, in order. */
const resultsFor = (page: Page, query: string) => page.locator(`[role="listbox"][data-query="${query}"] .sre-result:not(.sre-result--section)`);
const resultNumbers = (page: Page, query: string) => resultsFor(page, query).evaluateAll((options) => options.map((option) => Number((option as HTMLElement).dataset.number)));
const countText = (page: Page) => page.locator('.sre-search__count');
const toggle = (page: Page, facet: string, value: string) => page.locator(`.sre-search__toggle[data-facet="${facet}"][data-value="${value}"]`);

/** The number on a filter toggle, e.g. 4 for "Kubernetes 4". */
async function toggleCount(page: Page, facet: string, value: string): Promise<number> {
	return Number(await toggle(page, facet, value).locator('.sre-search__toggle-count').textContent());
}

test.describe('search dialog', () => {
	test('keyboard only: / opens it, typing shows results, arrows move, Enter opens the selected answer', async ({ page }) => {
		await page.goto(PAGE_TYPES.home);
		await page.keyboard.press('/');
		await expect(dialog(page)).toBeVisible();
		await expect(searchBox(page)).toBeFocused();

		await page.keyboard.type('OOMKilled');
		const results = resultsFor(page, 'OOMKilled');
		await expect(results.first()).toBeVisible();
		expect((await resultNumbers(page, 'OOMKilled'))[0]).toBe(OOM.data.id);
		await expect(results.first()).toHaveAttribute('aria-selected', 'true');
		await expect(results.first().locator('mark').first()).toBeVisible();

		const options = dialog(page).getByRole('option');
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
		await page.keyboard.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(searchBox(page)).toBeFocused();

		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${pagePath(OOM)}\\?highlight=OOMKilled$`));
		await expect(page.locator('main mark').first()).toBeVisible();
	});

	test('Ctrl+K opens it, Tab stays inside, Esc closes it and gives focus back', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const copyLink = page.getByRole('button', { name: 'Copy link' });
		await copyLink.focus();
		await page.keyboard.press('Control+k');
		await expect(dialog(page)).toBeVisible();
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.type('error budget');
		await expect(resultsFor(page, 'error budget').first()).toBeVisible();

		for (let i = 0; i < 40; i++) {
			await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
			expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]'))), `focus left the dialog after ${i + 1} presses`).toBe(true);
		}

		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(copyLink).toBeFocused();
	});

	test('the header button opens it, the last search is kept, and a click on the backdrop closes it', async ({ page }) => {
		await page.goto(PAGE_TYPES.topics);
		const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
		await button.click();
		await searchBox(page).fill('RTO');
		await expect(resultsFor(page, 'RTO').first()).toBeVisible();
		await page.mouse.click(5, 400);
		await expect(dialog(page)).toBeHidden();
		await expect(button).toBeFocused();
		await button.click();
		await expect(searchBox(page)).toHaveValue('RTO');
		await expect(page.getByRole('link', { name: 'Open the full search page' })).toHaveAttribute('href', `${BASE_PATH}search/?q=RTO`);
	});

	test('suggests searches before typing, and topics when nothing matches', async ({ page }) => {
		await page.goto(PAGE_TYPES.home);
		await page.keyboard.press('Control+k');
		await dialog(page).getByRole('button', { name: 'alert fatigue' }).click();
		await expect(resultsFor(page, 'alert fatigue').first()).toBeVisible();
		expect((await resultNumbers(page, 'alert fatigue'))[0]).toBe(withKeyword('alert fatigue').data.id);

		await searchBox(page).fill('zebra xylophone');
		await expect(dialog(page).getByText('No answers match “zebra xylophone”')).toBeVisible();
		await expect(dialog(page).getByRole('listbox')).toBeHidden();
		await expect(dialog(page).getByRole('link', { name: 'Kubernetes' })).toHaveAttribute('href', `${BASE_PATH}topics/kubernetes/`);
	});

	test('is fetched only when opened: pages load no search code, styles or index', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (request) => requested.push(new URL(request.url()).pathname));
		await page.goto(PAGE_TYPES.question);
		await page.waitForLoadState('networkidle');
		// The panel's styles travel inside its script, so no stylesheet can sneak in separately.
		const searchAssets = () => requested.filter((path) => /\/pagefind\/|search-(panel|dialog|engine)/.test(path));
		expect(searchAssets()).toEqual([]);
		await expect(page.locator('style[data-sre-search]')).toHaveCount(0);

		await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
		await searchBox(page).fill('toil');
		await expect(resultsFor(page, 'toil').first()).toBeVisible();
		expect(searchAssets()).toEqual(expect.arrayContaining([`${BASE_PATH}pagefind/pagefind.js`, expect.stringMatching(/search-dialog/)]));
		expect(requested.every((path) => path.startsWith(BASE_PATH))).toBe(true);
	});

	test('axe finds no violations with the dialog open and results showing', async ({ page }) => {
		for (const theme of ['light', 'dark'] as const) {
			await page.goto(PAGE_TYPES.home);
			await chooseTheme(page, theme);
			await page.keyboard.press('Control+k');
			await searchBox(page).fill('budget');
			await expect(resultsFor(page, 'budget').first()).toBeVisible();
			await toggle(page, 'level', 'senior').click();
			await expect(countText(page)).toContainText('without filters');
			await expectNoAxeViolations(page);
		}
	});
});

test.describe('search page', () => {
	test('filters narrow the results to exactly the counts their toggles showed', async ({ page }) => {
		// A topic of one question that mentions a budget, among others that do too.
		const TOPIC = 'kubernetes';
		await page.goto(`${PAGE_TYPES.search}?q=budget`);
		await expect(resultsFor(page, 'budget').first()).toBeVisible();
		const unfiltered = Number((await countText(page).textContent())!.match(/^\d+/)![0]);

		const topicCount = await toggleCount(page, 'topic', TOPIC);
		expect(topicCount).toBeGreaterThan(0);
		expect(topicCount).toBeLessThan(unfiltered);
		await toggle(page, 'topic', TOPIC).click();
		await expect(toggle(page, 'topic', TOPIC)).toHaveAttribute('aria-pressed', 'true');
		await expect(countText(page)).toHaveText(new RegExp(`^${topicCount} results? · ${unfiltered} without filters$`));
		await expect(page).toHaveURL(new RegExp(`\\?q=budget&topic=${TOPIC}$`));
		await expect(resultsFor(page, 'budget')).toHaveCount(Math.min(topicCount, 10));
		for (const result of await resultsFor(page, 'budget').all()) await expect(result.locator('.chip', { hasText: getTopic(TOPIC).label }).first()).toBeVisible();

		const kindValues = await page.locator('.sre-search__toggle[data-facet="kind"]:visible').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.value!));
		const kind = kindValues[0];
		const kindCount = await toggleCount(page, 'kind', kind);
		await toggle(page, 'kind', kind).click();
		await expect(countText(page)).toHaveText(new RegExp(`^${kindCount} results? · ${unfiltered} without filters$`));
		await expect(resultsFor(page, 'budget')).toHaveCount(Math.min(kindCount, 10));

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(countText(page)).toHaveText(`${unfiltered} results`);
		await expect(page).toHaveURL(/\?q=budget$/);
	});

	test('the URL follows the search, opening it runs the search, and Back undoes a filter', async ({ page }) => {
		await page.goto(PAGE_TYPES.search);
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.type('rto rpo');
		await expect(resultsFor(page, 'rto rpo').first()).toBeVisible();
		await expect(page).toHaveURL(/\/search\/\?q=rto\+rpo$/);
		await expect(page).toHaveTitle(/^“rto rpo”/);

		const { kind } = withKeyword('RTO').data;
		await toggle(page, 'kind', kind).click();
		await expect(page).toHaveURL(new RegExp(`\\?q=rto\\+rpo&kind=${kind}$`));
		await page.goBack();
		await expect(page).toHaveURL(/\?q=rto\+rpo$/);
		await expect(toggle(page, 'kind', kind)).toHaveAttribute('aria-pressed', 'false');

		const budgets = withKeyword('error budget');
		const topic = budgets.data.topics[0];
		await page.goto(`${PAGE_TYPES.search}?q=error%20budget&topic=${topic}`);
		await expect(searchBox(page)).toHaveValue('error budget');
		await expect(toggle(page, 'topic', topic)).toHaveAttribute('aria-pressed', 'true');
		await expect(resultsFor(page, 'error budget').first()).toHaveAttribute('data-number', String(budgets.data.id));

		await resultsFor(page, 'error budget').first().click();
		await expect(page).toHaveURL(new RegExp(`${budgets.slug}/\\?highlight=error\\+budget$`));
		await page.goBack();
		await expect(searchBox(page)).toHaveValue('error budget');
		await expect(resultsFor(page, 'error budget').first()).toBeVisible();
	});

	test('words Object.prototype has (constructor, toString) are searched like any other word, here and on the result page', async ({ page }) => {
		await page.goto(`${PAGE_TYPES.search}?q=constructor%20OOMKilled`);
		const first = resultsFor(page, 'constructor OOMKilled').first();
		await expect(first).toHaveAttribute('data-number', String(OOM.data.id));
		await first.click();
		await expect(page.locator('main mark').first()).toBeAttached();
		await page.goto(PAGE_TYPES.home);
		await page.keyboard.press('/');
		await searchBox(page).fill('toString');
		await expect(dialog(page).getByText('No answers match “toString”')).toBeVisible();
	});

	test('/ and Ctrl+K focus the page’s own search box instead of opening a dialog', async ({ page }) => {
		await page.goto(`${PAGE_TYPES.search}?q=toil`);
		await page.getByRole('heading', { level: 1 }).click();
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});

	test('without JavaScript it explains that search needs it and links to the lists', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(PAGE_TYPES.home);
		await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}search/$`));
		// Located by class: Playwright's text queries skip <noscript> even with scripts off.
		await expect(page.locator('.no-js')).toBeVisible();
		await expect(page.locator('.no-js')).toContainText('Search runs in your browser and needs JavaScript');
		await expect(page.getByRole('main').getByRole('link', { name: 'all questions' })).toHaveAttribute('href', `${BASE_PATH}questions/`);
		await expect(page.getByRole('main').getByRole('link', { name: 'the topics' })).toHaveAttribute('href', `${BASE_PATH}topics/`);
		await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeHidden();
		await context.close();
	});
});

test.describe('opening a result', () => {
	test('marks the search on the question and scrolls to the first match', async ({ page }) => {
		// A word that first appears well down its answer, and more than once.
		const word = 'liveness';
		const target = firstQuestion(`says "${word}" in its key points`, (q) => q.data.keyPoints.some((point) => point.toLowerCase().includes(word)));
		await page.goto(`${PAGE_TYPES.search}?q=${word}`);
		const first = resultsFor(page, word).first();
		await expect(first).toHaveAttribute('data-number', String(target.data.id));
		await expect(first).toHaveAttribute('href', `${BASE_PATH}${pagePath(target)}?highlight=${word}`);
		await first.click();
		const marks = page.locator('main mark');
		await expect(marks.first()).toBeInViewport();
		expect(await marks.count()).toBeGreaterThan(1);
		for (const text of await marks.allTextContents()) expect(text.toLowerCase()).toContain(word);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
	});

	test('a section link opens that section, with the search marked', async ({ page }) => {
		await page.goto(`${PAGE_TYPES.search}?q=error%20budget`);
		const section = page.locator('[role="listbox"][data-query="error budget"] .sre-result--section').first();
		const href = (await section.getAttribute('href'))!;
		expect(href).toMatch(new RegExp(`^${BASE_PATH}questions/[a-z0-9-]+/\\?highlight=error\\+budget#[a-z0-9-]+$`));
		await section.click();
		const id = href.split('#')[1];
		await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
		await expect(page.locator('main mark').first()).toBeAttached();
	});

	test('abbreviations mark their expansions too', async ({ page }) => {
		const kubernetes = firstQuestion('has Kubernetes in its title', (q) => q.data.title.includes('Kubernetes'));
		await page.goto(`${pagePath(kubernetes)}?highlight=k8s`);
		// Highlighting runs after its script loads: wait for it before reading the marks.
		await expect(page.locator('main mark').first()).toBeAttached();
		const marked = (await page.locator('main mark').allTextContents()).map((text) => text.toLowerCase());
		expect(marked).toContain('kubernetes');
	});
});
