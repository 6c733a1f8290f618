import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../../scripts/lib/static-server';
import { chooseTheme, expectNoAxeViolations } from '../axe-and-theme';
import { BASE_PATH, SITES } from '../sites';
import { DRILLS, PAGE_TYPES, pagePath, QUESTIONS, RICH, withKeyword, WORKSHEETS } from './fixture-bank';
import { waitUntilSavedForOffline } from './service-worker';

/** Opens a page the reader has never opened, and checks it came from the service worker. */
async function openOffline(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.ok(), `offline response for /${path}`).toBe(true);
	expect(response?.fromServiceWorker(), `/${path} served by the service worker`).toBe(true);
}

/**
 * What must work with no connection after one online visit, in order. Each step runs with the
 * network off. Features that must work offline add a step here, for example
 * `{ name: 'search finds a question', run: async (page) => { await page.goto('search/'); … } }`
 * or a study-mode session; their pages are precached without any change to the service worker.
 */
const OFFLINE_STEPS: { name: string; run: (page: Page) => Promise<void> }[] = [
	{
		name: 'a file that is neither precached nor fetched before is unavailable (the network really is off)',
		run: async (page) => {
			const loaded = await page.evaluate((url) => fetch(url).then(() => true, () => false), `${BASE_PATH}downloads/anki/kubernetes.txt`);
			expect(loaded).toBe(false);
		},
	},
	{
		name: 'a question page never visited opens, complete with its answer',
		run: async (page) => {
			await openOffline(page, pagePath(RICH));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(RICH.data.title);
			await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
			await expect(page.locator('body')).toHaveCSS('font-family', /system-ui|sans-serif/);
		},
	},
	{
		name: 'a short link reaches its question',
		run: async (page) => {
			const target = QUESTIONS.at(-1)!;
			await page.goto(`q/${target.data.id}/`);
			await expect(page).toHaveURL(new RegExp(`${pagePath(target)}$`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.data.title);
		},
	},
	{
		name: 'a topic page opens and lists its questions',
		run: async (page) => {
			await openOffline(page, 'topics/kubernetes/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes');
			expect(await page.locator('.question-item').count()).toBeGreaterThan(0);
		},
	},
	{
		name: 'the question list, filtered through its URL, opens',
		run: async (page) => {
			await openOffline(page, 'questions/?topic=kubernetes');
			await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('kubernetes');
		},
	},
	{
		name: 'search answers a query from the cached index',
		run: async (page) => {
			await openOffline(page, 'search/?q=OOMKilled');
			const first = page.locator('[role="listbox"] .sre-result:not(.sre-result--section)').first();
			await expect(first).toBeVisible();
			await expect(first).toHaveAttribute('data-number', String(withKeyword('OOMKilled').data.id));
			await expect(first.locator('mark').first()).toBeVisible();
		},
	},
	{
		name: 'study mode runs a flashcard session, and the grade is saved',
		run: async (page) => {
			await openOffline(page, 'study/?deck=topic:kubernetes');
			await page.getByRole('button', { name: /^Start studying: \d+ cards?$/ }).click();
			await expect(page.locator('#card-title')).toBeFocused();
			await page.keyboard.press('Space');
			await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
			await page.keyboard.press('2');
			const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('sre:progress'))) ?? '{}');
			expect(Object.keys(saved.cards ?? {})).toHaveLength(1);
		},
	},
	{
		name: 'a mock interview starts and reveals its key points',
		run: async (page) => {
			await openOffline(page, 'mock/');
			await page.getByRole('radio', { name: '3 questions' }).check();
			await page.getByRole('button', { name: 'Start the interview' }).click();
			await expect(page.getByRole('timer')).toBeVisible();
			await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
			expect(await page.getByRole('group', { name: 'Tick the key points you covered' }).getByRole('checkbox').count()).toBeGreaterThanOrEqual(3);
		},
	},
	{
		name: 'a troubleshooting drill plays a step and keeps its result',
		run: async (page) => {
			const [drill] = DRILLS;
			await openOffline(page, `drills/${drill.slug}/`);
			const input = page.getByRole('combobox', { name: 'Your next step' });
			await input.fill(drill.data.actions[0].typed[0]);
			await input.press('Enter');
			await expect(page.locator('.transcript li')).toHaveCount(1);
			await page.getByRole('button', { name: 'End the drill and see the debrief' }).click();
			await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
			const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('sre:progress'))) ?? '{}');
			expect(saved.drills?.[drill.data.id]?.attempts).toBe(1);
		},
	},
	{
		name: 'an estimation worksheet checks an estimate',
		run: async (page) => {
			const [worksheet] = WORKSHEETS;
			await openOffline(page, `worksheets/${worksheet.slug}/`);
			const input = page.getByRole('textbox', { name: 'Your estimate' }).first();
			await input.fill(String(worksheet.data.steps[0].answer));
			await input.press('Enter');
			await expect(page.locator('.verdict').first()).toHaveText(/^Within /);
		},
	},
	{
		name: 'a page that is not saved shows the offline page instead of a browser error',
		run: async (page) => {
			await page.goto('print/kubernetes/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
			await page.getByRole('link', { name: 'All questions' }).click();
			await expect(page.locator('.question-item')).toHaveCount(QUESTIONS.length);
		},
	},
];

test.describe('offline use', () => {
	test('after one online visit, the site works with no connection', async ({ page, context }) => {
		await test.step('first visit, online: the service worker saves the site', async () => {
			await page.goto('');
			await waitUntilSavedForOffline(page);
		});
		await context.setOffline(true);
		for (const step of OFFLINE_STEPS) await test.step(step.name, () => step.run(page));
	});

	test('the "Take it with you" page tells when the site is saved for offline use', async ({ page }) => {
		await page.goto('downloads/');
		await expect(page.getByRole('status').filter({ hasText: 'Saved: this site works offline on this device.' })).toBeVisible({ timeout: 20_000 });
	});
});

test.describe('installable app', () => {
	test('every page links a manifest whose id, scope, start URL and icons carry the base path', async ({ page, request }) => {
		await page.goto('about/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBe(`${BASE_PATH}manifest.webmanifest`);
		const manifest = await (await request.get(href!)).json();
		expect(manifest).toMatchObject({ id: BASE_PATH, start_url: BASE_PATH, scope: BASE_PATH, display: 'standalone', name: 'SRE Prep' });
		for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
			expect(icon.src.startsWith(`${BASE_PATH}icons/`), icon.src).toBe(true);
			const response = await request.get(icon.src);
			expect(response.ok(), icon.src).toBe(true);
			if (icon.type !== 'image/png') continue;
			// A PNG's width and height are the 4-byte integers at offsets 16 and 20.
			const png = await response.body();
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
		}
		await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', `${BASE_PATH}icons/apple-touch-icon.png`);
	});

	test('the service worker is registered for the base path only', async ({ page }) => {
		await page.goto('');
		await waitUntilSavedForOffline(page);
		const registration = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => ({ scope: r.scope, script: r.active?.scriptURL })));
		expect(new URL(registration.scope).pathname).toBe(BASE_PATH);
		expect(new URL(registration.script!).pathname).toBe(`${BASE_PATH}sw.js`);
	});
});

/**
 * Serves a copy of the built site from its own server, so that a test can "deploy" a new version
 * into it: service worker scripts cannot be swapped with page.route.
 */
async function withCopyOfSite(run: (site: { root: string; url: string }) => Promise<void>) {
	const root = mkdtempSync(join(tmpdir(), 'sre-deploy-'));
	cpSync(SITES.ui.outDir, root, { recursive: true });
	const server = await serveStatic(root, BASE_PATH);
	try {
		await run({ root, url: server.url });
	} finally {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	}
}

/** Finishes a deploy of the changed copy: the build's last step, the service worker. */
const deployServiceWorker = (root: string) => execFileSync('node', ['scripts/build-service-worker.mjs', root], { stdio: 'pipe' });

/**
 * Gives every stylesheet of the copy new content and so a new hashed name, as a change to the
 * site's CSS does, and rewrites the references to it.
 */
function restyle(root: string) {
	const renames = readdirSync(join(root, '_astro'))
		.filter((file) => file.endsWith('.css'))
		.map((file) => {
			const renamed = file.replace(/\.css$/, '-v2.css');
			writeFileSync(join(root, '_astro', renamed), `${readFileSync(join(root, '_astro', file), 'utf8')}\n/* v2 */\n`);
			rmSync(join(root, '_astro', file));
			return [file, renamed];
		});
	expect(renames.length).toBeGreaterThan(0);
	for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(html|js)$/.test(name))) {
		const text = readFileSync(join(root, file), 'utf8');
		const changed = renames.reduce((result, [from, to]) => result.replaceAll(`_astro/${from}`, `_astro/${to}`), text);
		if (changed !== text) writeFileSync(join(root, file), changed);
	}
}

test.describe('updates', () => {
	test('a new deploy waits behind a quiet notice, and Reload moves every page to it', async ({ page }) => {
		test.setTimeout(90_000);
		await withCopyOfSite(async ({ root, url }) => {
			const about = `${url}about/`;
			await test.step('first version: visit and save it', async () => {
				await page.goto(about);
				await waitUntilSavedForOffline(page);
				await expect(page.locator('sre-update-notice')).toBeHidden();
			});

			await test.step('deploy a second version that changes the about page', () => {
				const aboutFile = join(root, 'about/index.html');
				writeFileSync(aboutFile, readFileSync(aboutFile, 'utf8').replace('<h1>About SRE Prep</h1>', '<h1>About SRE Prep, second edition</h1>'));
				deployServiceWorker(root);
			});

			await test.step('next visit: the new version downloads and a notice offers it', async () => {
				await page.goto(url);
				const notice = page.locator('sre-update-notice');
				await expect(notice.getByRole('status')).toHaveText('A new version of this site is ready.');
				for (const theme of ['light', 'dark'] as const) {
					await chooseTheme(page, theme);
					await expectNoAxeViolations(page);
				}
				await notice.getByRole('button', { name: 'Not now' }).click();
				await expect(notice).toBeHidden();
			});

			await test.step('until the reader accepts, pages stay on the version they started with, without nagging', async () => {
				await page.goto(about);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('About SRE Prep');
				await expect(page.locator('sre-update-notice')).toBeHidden();
			});

			await test.step('in a new session the notice is back, and Reload switches to the new version', async () => {
				await page.evaluate(() => sessionStorage.clear());
				await page.reload();
				await page.locator('sre-update-notice').getByRole('button', { name: 'Reload' }).click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('About SRE Prep, second edition');
				await expect(page.locator('sre-update-notice')).toBeHidden();
			});
		});
	});

	test('after a deploy that changes the styles, a page the old version kept never opens unstyled offline (F8)', async ({ page, context }) => {
		test.setTimeout(90_000);
		await withCopyOfSite(async ({ root, url }) => {
			// Print sheets are never precached: the service worker keeps them once opened.
			const sheet = `${url}${PAGE_TYPES.printSheet}`;
			await test.step('first version: save the site, then open a print sheet', async () => {
				await page.goto(url);
				await waitUntilSavedForOffline(page);
				await page.goto(sheet);
				await expect(page.locator('body')).toHaveCSS('font-family', /system-ui|sans-serif/);
			});

			await test.step('deploy a second version whose stylesheets have new names, and accept it', async () => {
				restyle(root);
				deployServiceWorker(root);
				await page.goto(url);
				await page.locator('sre-update-notice').getByRole('button', { name: 'Reload' }).click();
				await expect(page.locator('sre-update-notice')).toBeHidden();
				await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
			});

			await test.step('offline, the print sheet kept by the first version is not shown without its styles', async () => {
				await context.setOffline(true);
				await page.goto(sheet);
				await expect(page.locator('body')).toHaveCSS('font-family', /system-ui|sans-serif/);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
			});

			await test.step('opened online again, the new version keeps it, styled', async () => {
				await context.setOffline(false);
				await page.goto(sheet);
				const title = await page.getByRole('heading', { level: 1 }).textContent();
				await context.setOffline(true);
				await page.goto(sheet);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
				await expect(page.locator('body')).toHaveCSS('font-family', /system-ui|sans-serif/);
			});
		});
	});
});
