import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server';
import { holdIdleCallbacks, PHONE_VIEWPORTS, QUESTION_PAGE_BUDGET, releaseIdleCallbacks } from '../budgets';
import { BASE_PATH, SITES } from '../sites';
import { pagePath, PAGE_TYPES, QUESTIONS } from './fixture-bank';

/**
 * A question page as a reader on a phone gets it: its weight on the wire, its header, its first
 * screen and its stability. Weight is measured from a server that gzips like GitHub Pages (the
 * test server does not compress), from the browser's own count of bytes received.
 */

let gzipServer: StaticServer;
test.beforeAll(async () => {
	gzipServer = await serveStatic(SITES.ui.outDir, BASE_PATH, 0, { gzip: true });
});
test.afterAll(() => gzipServer.close());

/** Holds back the idle callbacks (see `holdIdleCallbacks`) and sums the page's layout shifts. */
async function holdIdleAndRecordShifts(page: Page) {
	await holdIdleCallbacks(page);
	await page.addInitScript(() => {
		Object.assign(window, { layoutShift: 0 });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) (window as unknown as { layoutShift: number }).layoutShift += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

test.describe('weight of a question page', () => {
	test(`the first load is at most ${QUESTION_PAGE_BUDGET.firstLoadBytes} bytes on the wire in ${QUESTION_PAGE_BUDGET.firstLoadRequests} requests, and the page works once its scripts load`, async ({ page }) => {
		await holdIdleAndRecordShifts(page);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		const urls = new Map<string, string>();
		const bytes = new Map<string, number>();
		cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
		// encodedDataLength: what came over the network for the response, headers included.
		cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
		cdp.on('Network.loadingFailed', (event) => bytes.set(event.requestId, 0));

		await page.goto(`${gzipServer.url}${PAGE_TYPES.question}`);
		await page.waitForLoadState('networkidle');
		const firstLoad = [...urls].map(([id, url]) => ({ url: url.slice(gzipServer.url.length), bytes: bytes.get(id) }));
		const listing = firstLoad.map((request) => `${request.bytes} ${request.url}`).join('\n');
		expect(firstLoad.every((request) => request.bytes !== undefined), `unfinished requests:\n${listing}`).toBe(true);
		const total = firstLoad.reduce((sum, request) => sum + request.bytes!, 0);
		expect(firstLoad.find((request) => request.url === PAGE_TYPES.question)?.bytes, 'the page came gzipped').toBeLessThan(12_000);
		expect(total, `bytes on the wire:\n${listing}`).toBeLessThanOrEqual(QUESTION_PAGE_BUDGET.firstLoadBytes);
		expect(firstLoad.length, `requests:\n${listing}`).toBeLessThanOrEqual(QUESTION_PAGE_BUDGET.firstLoadRequests);
		expect(firstLoad.filter((request) => request.url.endsWith('.js')), 'no script before idle').toEqual([]);

		// Then the deferred scripts: study status and search come alive.
		await releaseIdleCallbacks(page);
		await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible();
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page.getByRole('dialog', { name: 'Search questions' })).toBeVisible();
	});

	test('the first interaction loads the scripts without waiting for idle, and a search shortcut pressed then still opens search', async ({ page }) => {
		await holdIdleAndRecordShifts(page);
		await page.goto(PAGE_TYPES.question);
		await page.keyboard.press('/');
		await expect(page.getByRole('dialog', { name: 'Search questions' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible();
	});

	for (const viewport of [PHONE_VIEWPORTS[0], { width: 1280, height: 800 }]) {
		test(`nothing shifts while the deferred scripts load, at ${viewport.width} px`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await holdIdleAndRecordShifts(page);
			await page.goto(PAGE_TYPES.question);
			await releaseIdleCallbacks(page);
			await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible();
			await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeVisible();
			await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
			await page.waitForLoadState('networkidle');
			expect(await layoutShift(page)).toBeLessThan(QUESTION_PAGE_BUDGET.layoutShift);
		});
	}
});

test.describe('a question page on a phone', () => {
	test.use({ viewport: PHONE_VIEWPORTS[0] });

	test('the header is one line, every control named and at least 24 px square', async ({ page }) => {
		for (const path of [PAGE_TYPES.question, PAGE_TYPES.home, PAGE_TYPES.study]) {
			await page.goto(path);
			const header = page.getByRole('banner');
			const controls = [
				header.getByRole('link', { name: 'SRE Prep' }),
				...['Questions', 'Topics', 'Study', 'Mock interview'].map((name) => header.getByRole('link', { name, exact: true })),
				header.getByRole('button', { name: 'Search', exact: true }),
				header.getByRole('combobox', { name: 'Theme' }),
			];
			const boxes = [];
			for (const control of controls) {
				await expect(control).toBeVisible();
				const box = (await control.boundingBox())!;
				expect(box.width, `${control} width`).toBeGreaterThanOrEqual(24);
				expect(box.height, `${control} height`).toBeGreaterThanOrEqual(24);
				expect(box.x + box.width, `${control} inside the screen`).toBeLessThanOrEqual(PHONE_VIEWPORTS[0].width);
				boxes.push(box);
			}
			// One line: every control overlaps every other vertically.
			expect(Math.max(...boxes.map((box) => box.y)), `/${path}`).toBeLessThan(Math.min(...boxes.map((box) => box.y + box.height)));
			// Nothing cut off: the links fit their row rather than scroll.
			expect(await header.getByRole('navigation', { name: 'Main' }).evaluate((nav) => nav.scrollWidth - nav.clientWidth)).toBeLessThanOrEqual(0);
		}
	});

	for (const viewport of PHONE_VIEWPORTS) {
		test(`the answer's first sentence is on the first screen at ${viewport.width}×${viewport.height}, on every question`, async ({ page }) => {
			await page.setViewportSize(viewport);
			for (const question of QUESTIONS) {
				await page.goto(pagePath(question));
				const bottom = await page.locator('.prose > p').first().evaluate((paragraph) => {
					const text = paragraph.textContent ?? '';
					const end = /[.!?](\s|$)/.exec(text);
					// The range of the sentence's text, from the paragraph's start to its first full stop.
					const range = document.createRange();
					range.selectNodeContents(paragraph);
					const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
					let seen = 0;
					const target = end ? end.index + 1 : text.length;
					while (walker.nextNode()) {
						const node = walker.currentNode as Text;
						if (seen + node.length >= target) {
							range.setEnd(node, target - seen);
							break;
						}
						seen += node.length;
					}
					return range.getBoundingClientRect().bottom;
				});
				expect(bottom, `first sentence of /${pagePath(question)}`).toBeLessThanOrEqual(viewport.height);
			}
		});
	}
});
