import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config';
import { chooseTheme, expectNoAxeViolations, PAGE_TYPES } from './helpers';

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
		await expect(page.locator('.question-item:visible')).toHaveCount(52);
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
		for (const path of [...Object.values(PAGE_TYPES), 'q/3/']) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
		}
		expect(foreign).toEqual([]);
	});

	test('works at 360 px without horizontal scrolling', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of Object.values(PAGE_TYPES)) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, `horizontal overflow on /${path}`).toBeLessThanOrEqual(0);
		}
	});

	test('every internal link, stylesheet, script and image of the built site resolves under the base path', async ({ request }) => {
		const seen = new Set<string>();
		const queue = [BASE_PATH];
		const broken: string[] = [];
		const outsideBase: string[] = [];
		while (queue.length > 0) {
			const path = queue.shift()!;
			const response = await request.get(path);
			if (!response.ok()) {
				broken.push(`${path} → ${response.status()}`);
				continue;
			}
			if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
			const html = await response.text();
			for (const [, url] of html.matchAll(/(?:href|src)="([^"#]*)(?:#[^"]*)?"/g)) {
				if (!url || /^(?:[a-z]+:|\/\/)/i.test(url)) continue;
				const resolved = new URL(url, `http://host${path}`).pathname;
				if (!resolved.startsWith(BASE_PATH)) {
					outsideBase.push(`${path} links to ${url}`);
					continue;
				}
				if (!seen.has(resolved)) {
					seen.add(resolved);
					queue.push(resolved);
				}
			}
		}
		expect(outsideBase).toEqual([]);
		expect(broken).toEqual([]);
		expect(seen.size).toBeGreaterThan(52 + 19);
	});
});
