#!/usr/bin/env node
/**
 * Measures search on the built site in a real browser and prints the numbers; not a test.
 *
 *   npm run build && npm run bench:search
 *
 * - What a page costs before search is opened (search requests must be zero).
 * - The first query from a cold start: requests and bytes fetched, and the time from pressing
 *   Ctrl+K to the first results on screen (includes loading Pagefind and its index).
 * - Once the index is loaded, the time from a keystroke to the first results on screen, over every
 *   query of the relevance suite (tests/e2e/gates/search-relevance-cases.ts).
 *
 * Serves dist/ itself under the base path the build used, so it needs no other server.
 * Options: BENCH_RUNS (cold starts to take the median of, default 5).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './lib/static-server.ts';
import { systemChromium } from './system-chromium.mjs';
import { RELEVANCE_CASES } from '../tests/e2e/gates/search-relevance-cases.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS) || 5;
const FIRST_QUERY = 'error budget';

/** The base path the site was built with, read from the favicon link of its home page. */
async function builtBase() {
	const html = await readFile(join(DIST, 'index.html'), 'utf8').catch(() => {
		throw new Error('No built site in dist/: run `npm run build` first.');
	});
	return html.match(/href="([^"]*)favicon\.svg"/)?.[1] ?? '/';
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(0)} ms`;

/** In the page: type a whole query at once and time it until its results are painted. */
function timeQuery(query) {
	return new Promise((resolve) => {
		const input = document.querySelector('.sre-search__input');
		const listbox = document.querySelector('.sre-search__results');
		const start = performance.now();
		const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
		const observer = new MutationObserver(() => {
			if (listbox.dataset.query === query) {
				observer.disconnect();
				done();
			}
		});
		observer.observe(listbox, { attributes: true, attributeFilter: ['data-query'] });
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
}

async function coldStart(browser, url) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const responses = [];
	page.on('response', (response) => responses.push(response));
	await page.goto(url, { waitUntil: 'networkidle' });
	const before = responses.length;
	const pageWeight = await Promise.all(responses.map(async (response) => (await response.body().catch(() => Buffer.alloc(0))).length));
	const searchRequestsBefore = responses.filter((response) => /\/pagefind\/|search-(panel|dialog)/.test(response.url())).length;

	const start = Date.now();
	await page.keyboard.press('Control+k');
	await page.locator('.sre-search__input').fill(FIRST_QUERY);
	await page.locator(`.sre-search__results[data-query="${FIRST_QUERY}"]`).waitFor();
	await page.evaluate(() => new Promise(requestAnimationFrame));
	const toResults = Date.now() - start;
	await page.waitForLoadState('networkidle');

	const fetched = responses.slice(before);
	const bodies = await Promise.all(fetched.map((response) => response.body().catch(() => Buffer.alloc(0))));
	// Pagefind's index, fragments and wasm are gzipped already; a static host would gzip the rest.
	const gzipped = bodies.map((body, i) => (/\.(js|css|json|html)(\?|$)/.test(fetched[i].url()) ? gzipSync(body).length : body.length));
	await context.close();
	return {
		pageBytes: pageWeight.reduce((a, b) => a + b, 0),
		searchRequestsBefore,
		requests: fetched.length,
		bytes: bodies.reduce((a, b) => a + b.length, 0),
		gzipBytes: gzipped.reduce((a, b) => a + b, 0),
		toResults,
	};
}

async function warmQueries(browser, url, queries) {
	const page = await browser.newPage();
	await page.goto(url);
	await page.keyboard.press('Control+k');
	await page.locator('.sre-search__input').fill(FIRST_QUERY);
	await page.locator(`.sre-search__results[data-query="${FIRST_QUERY}"]`).waitFor();
	const times = [];
	for (const query of queries) times.push(await page.evaluate(timeQuery, query));
	await page.close();
	return times;
}

const base = await builtBase();
const server = await serveStatic(DIST, base);
const url = `${server.url}questions/slis-slos-error-budgets/`;
const executablePath = systemChromium();
const browser = await chromium.launch(executablePath ? { executablePath, args: ['--no-sandbox', '--disable-background-networking'] } : {});
try {
	const cold = [];
	for (let run = 0; run < RUNS; run++) cold.push(await coldStart(browser, url));
	const warm = await warmQueries(browser, url, RELEVANCE_CASES.map((c) => c.query));

	const first = cold[0];
	console.log(`search bench: built site at ${base}, Chromium, ${RUNS} cold starts`);
	console.log(`  a question page before search opens: ${kb(first.pageBytes)} fetched, ${first.searchRequestsBefore} search requests`);
	console.log(`  first query "${FIRST_QUERY}" from a cold start: ${first.requests} requests, ${kb(first.bytes)} fetched (${kb(first.gzipBytes)} with gzip on the host)`);
	console.log(`  Ctrl+K to first results on screen, cold: median ${ms(median(cold.map((c) => c.toResults)))} (min ${ms(Math.min(...cold.map((c) => c.toResults)))}, max ${ms(Math.max(...cold.map((c) => c.toResults)))})`);
	console.log(`  index loaded, keystroke to first results on screen over ${warm.length} queries: median ${ms(median(warm))}, p95 ${ms(percentile(warm, 95))}, max ${ms(Math.max(...warm))}`);
} finally {
	await browser.close();
	await server.close();
}
