import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../sites';
import { chooseTheme, expectNoAxeViolations } from '../axe-and-theme';
import { PAGE_TYPES, QUESTIONS } from './fixture-bank';

test.describe('accessibility', () => {
	for (const [name, path] of Object.entries(PAGE_TYPES)) {
		for (const theme of ['light', 'dark'] as const) {
			test(`axe finds no violations on the ${name} page in the ${theme} theme`, async ({ page }) => {
				await page.goto(path);
				await chooseTheme(page, theme);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expectNoAxeViolations(page);
			});
		}
	}

	test('axe finds no violations on the 404 page', async ({ page }) => {
		await page.goto('no-such-page/');
		await expectNoAxeViolations(page);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an answer is fully readable and JS-only controls are hidden', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.locator('.prose p').first()).toBeVisible();
		expect((await page.locator('.prose').innerText()).split(/\s+/).length).toBeGreaterThan(300);
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
	});

	test('the question list shows everything and links to level and kind lists', async ({ page }) => {
		await page.goto(PAGE_TYPES.questions);
		await expect(page.locator('.question-item:visible')).toHaveCount(QUESTIONS.length);
		await expect(page.getByRole('navigation', { name: 'Browse by level and kind' }).getByRole('link', { name: 'Senior' })).toBeVisible();
	});
});

test.describe('privacy and robustness', () => {
	test('no request leaves the site origin', async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const foreign: string[] = [];
		page.on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
		});
		for (const path of [...Object.values(PAGE_TYPES), `q/${QUESTIONS[0].data.id}/`]) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		expect(foreign).toEqual([]);
	});

	test('JS-only controls keep their room until their script upgrades them, so the page does not shift', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const layout = () => page.evaluate(() => ['header', 'main', '.prose'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().top));
		await page.goto(PAGE_TYPES.question);
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		const upgraded = await layout();

		// The same page with its module scripts removed: the head script runs, the controls never upgrade.
		await page.route('**/*.js', (route) => route.abort());
		await page.route(`**${BASE_PATH}${PAGE_TYPES.question}`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace(/<script type="module">[\s\S]*?<\/script>/g, '') });
		});
		await page.goto(PAGE_TYPES.question);
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		expect(await layout()).toEqual(upgraded);
	});

	test('works at 360 px without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of Object.values(PAGE_TYPES)) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `horizontal overflow on /${path}`).toBeLessThanOrEqual(0);
		}
	});
});
