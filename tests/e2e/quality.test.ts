import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BASE_PATH } from '../../playwright.config';
import { builtPages, contentPages } from './built-site';
import { axeViolations, chooseTheme, expectNoAxeViolations, PAGE_TYPES } from './helpers';

/** The all-pages axe audit is split into this many tests so that both workers share it. */
const AXE_PARTS = 4;

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

	// Every page of the build, whatever feature added it, in the light theme (the tests above cover
	// both themes on one page of each type). Redirect pages are left out: they forward at once.
	for (let part = 0; part < AXE_PARTS; part++) {
		test(`axe finds no violations on any page of the built site, part ${part + 1} of ${AXE_PARTS}`, async ({ page }) => {
			test.setTimeout(180_000);
			const pages = contentPages().filter((_, index) => index % AXE_PARTS === part);
			const violations: string[] = [];
			for (const { path } of pages) {
				await page.goto(path);
				for (const violation of await axeViolations(page)) violations.push(`${path}: ${violation}`);
			}
			expect(pages.length).toBeGreaterThan(0);
			expect(violations).toEqual([]);
		});
	}
});

test.describe('valid HTML', () => {
	// Configured in .htmlvalidate.json: the recommended preset, with these exceptions:
	// - long-title: a question page's title is the question itself; search engines shorten it for display.
	// - no-inline-style allows the properties Shiki writes on highlighted code (token colours): generated, not authored.
	// - no-redundant-role allows role="list": Safari drops list semantics from lists styled list-style: none.
	// - wcag/h32 is disabled around the question filter only (QuestionFilter.astro): it applies each choice at once.
	test('every page of the built site passes html-validate', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const { path, file } of builtPages()) {
			const report = await validator.validateFile(file);
			for (const { messages } of report.results) {
				for (const message of messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
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

	test('every internal link, #fragment, stylesheet, script and image of the built site resolves under the base path', async ({ request }) => {
		// Seeded with every built page, so unlinked pages are checked too; then follows what they reference.
		const pages = builtPages().map((page) => page.path);
		const queue = [...pages];
		const seen = new Set(queue);
		const idsByPage = new Map<string, Set<string>>();
		const fragments: { from: string; page: string; id: string }[] = [];
		const broken: string[] = [];
		const outsideBase: string[] = [];
		while (queue.length > 0) {
			const path = queue.shift()!;
			const response = await request.get(path);
			if (!response.ok()) {
				broken.push(`${path} → ${response.status()}`);
				continue;
			}
			const type = response.headers()['content-type'] ?? '';
			const text = type.includes('text/html') || type.includes('text/css') ? await response.text() : '';
			const references = type.includes('text/css')
				? [...text.matchAll(/url\((['"]?)([^'")]+)\1\)/g)].map((match) => match[2])
				: [
						...[...text.matchAll(/(?:href|src)="([^"]*)"/g)].map((match) => match[1].replaceAll('&amp;', '&')),
						...[...text.matchAll(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/gi)].map((match) => match[1]),
					];
			if (type.includes('text/html')) idsByPage.set(path, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
			for (const reference of references) {
				if (/^(?:[a-z]+:|\/\/)/i.test(reference)) continue;
				const url = new URL(reference, `http://host${path}`);
				if (url.hash.length > 1) fragments.push({ from: path, page: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
				if (!url.pathname.startsWith(BASE_PATH)) {
					outsideBase.push(`${path} links to ${reference}`);
					continue;
				}
				if (!seen.has(url.pathname)) {
					seen.add(url.pathname);
					queue.push(url.pathname);
				}
			}
		}
		const missingTargets = fragments
			.filter(({ page, id }) => idsByPage.has(page) && !idsByPage.get(page)!.has(id))
			.map(({ from, page, id }) => `${from} links to ${page}#${id}, which has no such id`);
		expect(outsideBase).toEqual([]);
		expect(broken).toEqual([]);
		expect(missingTargets).toEqual([]);
		expect(fragments.length).toBeGreaterThan(52);
		expect([...seen].filter((path) => /\.(css|svg)$/.test(path)).length).toBeGreaterThan(1);
		expect(seen.size).toBeGreaterThan(pages.length);
	});
});
