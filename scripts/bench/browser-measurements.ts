/**
 * What a real browser fetches from a built site: the first load of a page with an empty cache,
 * and a first search through Pagefind's JavaScript API. Sizes come from the built files as a
 * gzipping host would serve them (`wire-bytes.ts`), since the local server does not compress.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromiumLaunchOptions } from '../system-chromium.mjs';
import { holdIdleCallbacks, releaseIdleCallbacks } from '../../tests/e2e/budgets.ts';
import { fileForPath, gzipBytes, inlineScripts, wireBytes } from './wire-bytes.ts';

export const launchBrowser = (): Promise<Browser> => chromium.launch(chromiumLaunchOptions());

/** One same-origin response and its bytes on the wire. */
export interface Fetched {
	path: string;
	bytes: number;
}

export interface FirstLoad {
	/** What arrives before the deferred scripts (LoadLater.astro), which QUESTION_PAGE_BUDGET holds. */
	beforeIdle: { requests: number; bytes: number };
	/** Every request, the deferred scripts included. */
	requests: Fetched[];
	totalBytes: number;
	bytesByType: { html: number; css: number; js: number; other: number };
	/** Inline plus external JavaScript, uncompressed and gzipped. */
	jsRawBytes: number;
	jsGzipBytes: number;
}

const typeOf = (path: string): keyof FirstLoad['bytesByType'] => {
	const extension = extname(path);
	if (extension === '' || extension === '.html') return 'html';
	if (extension === '.css') return 'css';
	if (extension === '.js' || extension === '.mjs') return 'js';
	return 'other';
};

/**
 * Opens `url` in a fresh context and records every same-origin response until the network is idle,
 * then until `action` (given the page and the paths so far) has run and the network is quiet again.
 */
async function recordResponses(browser: Browser, url: string, action?: (page: Page, paths: readonly string[]) => Promise<void>, { holdIdle = false } = {}) {
	const context = await browser.newContext();
	const page = await context.newPage();
	if (holdIdle) await holdIdleCallbacks(page);
	const origin = new URL(url).origin;
	const paths: string[] = [];
	let lastActivity = Date.now();
	page.on('request', () => (lastActivity = Date.now()));
	page.on('response', (response) => {
		lastActivity = Date.now();
		const responseUrl = new URL(response.url());
		if (responseUrl.origin === origin && response.status() < 300) paths.push(responseUrl.pathname);
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	if (action) {
		await action(page, paths);
		// networkidle has been reached once already, so waiting for it again returns at once.
		while (Date.now() - lastActivity < 500) await page.waitForTimeout(100);
	}
	await context.close();
	return paths;
}

/**
 * Bytes of the first visit to `url` (HTML, CSS, JS and anything else it pulls in), from an empty
 * cache: first with the idle callbacks held, as tests/e2e/ui/reading-page.test.ts measures it,
 * then with the deferred scripts let in.
 */
export async function measureFirstLoad(browser: Browser, url: string, distDir: string, base: string): Promise<FirstLoad> {
	let beforeIdle: string[] = [];
	const paths = await recordResponses(
		browser,
		url,
		async (page, seen) => {
			beforeIdle = [...seen];
			await releaseIdleCallbacks(page);
		},
		{ holdIdle: true },
	);
	const bytesOf = (path: string) => wireBytes(fileForPath(distDir, base, path));
	const requests = paths.map((path) => ({ path, bytes: bytesOf(path) }));
	const bytesByType = { html: 0, css: 0, js: 0, other: 0 };
	for (const request of requests) bytesByType[typeOf(request.path)] += request.bytes;
	const html = readFileSync(fileForPath(distDir, base, new URL(url).pathname), 'utf8');
	const scripts = [inlineScripts(html), ...paths.filter((path) => typeOf(path) === 'js').map((path) => readFileSync(fileForPath(distDir, base, path), 'utf8'))]
		.filter(Boolean)
		.join('\n');
	return {
		beforeIdle: { requests: beforeIdle.length, bytes: beforeIdle.reduce((sum, path) => sum + bytesOf(path), 0) },
		requests,
		totalBytes: requests.reduce((sum, request) => sum + request.bytes, 0),
		bytesByType,
		jsRawBytes: Buffer.byteLength(scripts),
		jsGzipBytes: scripts ? gzipBytes(scripts) : 0,
	};
}

/** Words of the answer a reader sees with JavaScript off: proof that reading needs none. */
export async function answerWordsWithoutJs(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(url);
	const prose = page.locator('.prose');
	const words = (await prose.isVisible()) ? (await prose.innerText()).split(/\s+/).filter(Boolean).length : 0;
	await context.close();
	return words;
}

export interface FirstSearch {
	query: string;
	results: number;
	requests: Fetched[];
	totalBytes: number;
}

/**
 * Opens the home page, runs one query through Pagefind's API and loads the first five results
 * (what the search dialog shows), then sums every request to `pagefind/` since the page opened.
 */
export async function measureFirstSearch(browser: Browser, siteUrl: string, distDir: string, base: string, query: string): Promise<FirstSearch> {
	let results = 0;
	const paths = await recordResponses(browser, siteUrl, async (page) => {
		results = await page.evaluate(
			async ({ bundle, query }) => {
				const pagefind = await import(bundle);
				const search = await pagefind.search(query);
				await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()));
				return search.results.length as number;
			},
			{ bundle: `${siteUrl}pagefind/pagefind.js`, query },
		);
	});
	const requests = paths
		.filter((path) => path.startsWith(`${base}pagefind/`))
		.map((path) => ({ path, bytes: wireBytes(fileForPath(distDir, base, path)) }));
	return { query, results, requests, totalBytes: requests.reduce((sum, request) => sum + request.bytes, 0) };
}
