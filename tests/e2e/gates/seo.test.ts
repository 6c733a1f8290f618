/**
 * What search engines and link previews read: robots.txt, the sitemap, and on every page the
 * canonical URL, title, description, Open Graph and Twitter tags; on question pages, JSON-LD.
 * Pages are read from the build (see built-site.ts) in a browser with JavaScript off, as a crawler
 * that does not run scripts would see them.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH, SITE_URL } from '../sites';
import { builtPages, indexablePages, timeLimitFor } from '../current-site';

const SITE_NAME = 'SRE Prep';
const QUESTION_PAGE = new RegExp(`^${BASE_PATH}questions/[a-z0-9-]+/$`);
/** How many question files the real bank has: each must have its page and its short link. */
const QUESTION_FILES = readdirSync(join(import.meta.dirname, '../../../content/questions'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).length;

/** The head tags of the page currently loaded, `undefined` where a tag is missing. */
async function headTags(page: Page) {
	return page.evaluate(() => {
		const content = (selector: string) => document.head.querySelector(selector)?.getAttribute('content') ?? undefined;
		return {
			titles: [...document.querySelectorAll('title')].map((title) => title.textContent ?? ''),
			canonicals: [...document.querySelectorAll('link[rel=canonical]')].map((link) => link.getAttribute('href')),
			robots: content('meta[name=robots]'),
			description: content('meta[name=description]'),
			og: {
				type: content('meta[property="og:type"]'),
				siteName: content('meta[property="og:site_name"]'),
				title: content('meta[property="og:title"]'),
				description: content('meta[property="og:description"]'),
				url: content('meta[property="og:url"]'),
				image: content('meta[property="og:image"]'),
				imageWidth: content('meta[property="og:image:width"]'),
				imageHeight: content('meta[property="og:image:height"]'),
				imageAlt: content('meta[property="og:image:alt"]'),
			},
			feed: document.head.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href') ?? undefined,
			twitter: {
				card: content('meta[name="twitter:card"]'),
				title: content('meta[name="twitter:title"]'),
				description: content('meta[name="twitter:description"]'),
			},
			jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
			h1: document.querySelector('h1')?.textContent?.trim(),
			summary: document.querySelector('.question-header .summary')?.textContent?.trim(),
		};
	});
}

test.use({ javaScriptEnabled: false });

test('robots.txt allows crawling and names the sitemap under the base path', async ({ request }) => {
	const response = await request.get('robots.txt');
	expect(response.ok()).toBe(true);
	const text = await response.text();
	expect(text).toMatch(/^User-agent: \*$/m);
	expect(text).toContain(`Sitemap: ${SITE_URL}${BASE_PATH}sitemap-index.xml`);
});

test('the sitemap lists every indexable page once, and no redirect, 404 or other noindex page', async ({ request }) => {
	const locs = async (path: string) => [...(await (await request.get(path)).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
	const sitemaps = await locs('sitemap-index.xml');
	expect(sitemaps.length).toBeGreaterThan(0);
	const listed: string[] = [];
	for (const sitemap of sitemaps) {
		expect(sitemap.startsWith(`${SITE_URL}${BASE_PATH}`)).toBe(true);
		listed.push(...(await locs(new URL(sitemap).pathname)));
	}
	const expected = indexablePages().map((page) => SITE_URL + page.path);
	expect([...listed].sort()).toEqual(expected.sort());
});

test('every indexable page has one canonical URL, a unique title, a description, and Open Graph and Twitter tags', async ({ page }) => {
	test.setTimeout(timeLimitFor(indexablePages().length));
	const problems: string[] = [];
	const titles = new Map<string, string>();
	const images = new Set<string>();
	for (const { path } of indexablePages()) {
		await page.goto(path);
		const tags = await headTags(page);
		const canonical = SITE_URL + path;
		const check = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what}`);
		check(tags.titles.length === 1 && tags.titles[0].trim().length > 0, `expected one non-empty <title>, got ${JSON.stringify(tags.titles)}`);
		check(tags.canonicals.length === 1 && tags.canonicals[0] === canonical, `canonical ${JSON.stringify(tags.canonicals)} is not ${canonical}`);
		check(Boolean(tags.description && tags.description.length >= 50), 'description missing or too short to summarise the page');
		check(tags.og.siteName === SITE_NAME, 'og:site_name');
		check(Boolean(tags.og.title) && tags.og.description === tags.description, 'og:title, or og:description that matches the description');
		check(tags.og.url === canonical, `og:url ${tags.og.url} is not the canonical URL`);
		check(tags.og.type === (QUESTION_PAGE.test(path) ? 'article' : 'website'), `og:type ${tags.og.type}`);
		check(tags.twitter.card === 'summary_large_image' && tags.twitter.title === tags.og.title && tags.twitter.description === tags.description, 'twitter:* tags');
		check(Boolean(tags.og.image?.startsWith(`${SITE_URL}${BASE_PATH}previews/`) && tags.og.image.endsWith('.png')), `og:image ${tags.og.image} is not a preview of this site`);
		check(tags.og.imageWidth === '1200' && tags.og.imageHeight === '630' && Boolean(tags.og.imageAlt), 'og:image:width, height and alt');
		check(tags.feed === `${BASE_PATH}feed.xml`, `feed link ${tags.feed}`);
		if (tags.og.image) images.add(tags.og.image);
		const samePage = titles.get(tags.titles[0]);
		check(!samePage, `same <title> as ${samePage}`);
		titles.set(tags.titles[0], path);
	}
	expect(problems).toEqual([]);
	expect(titles.size).toBe(indexablePages().length);

	// Every preview the pages name is a 1200 × 630 PNG served by this site.
	const bad: string[] = [];
	for (const image of images) {
		const response = await page.request.get(new URL(image).pathname);
		const png = await response.body();
		const size = response.ok() ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` : `status ${response.status()}`;
		if (response.headers()['content-type'] !== 'image/png' || size !== '1200x630') bad.push(`${image}: ${response.headers()['content-type']} ${size}`);
	}
	expect(bad).toEqual([]);
});

test('every question page names its question in the title and carries valid FAQPage JSON-LD', async ({ page }) => {
	const questionPages = indexablePages().filter((page) => QUESTION_PAGE.test(page.path));
	test.setTimeout(timeLimitFor(questionPages.length));
	expect(questionPages).toHaveLength(QUESTION_FILES);
	for (const { path } of questionPages) {
		await page.goto(path);
		const tags = await headTags(page);
		expect(tags.titles[0], path).toContain(tags.h1);
		expect(tags.og.image, `${path} has its own preview`).toMatch(new RegExp(`^${SITE_URL}${BASE_PATH}previews/q/\\d+\\.png$`));
		expect(tags.og.imageAlt, path).toContain(tags.h1);
		expect(tags.description, path).toBe(tags.summary);
		expect(tags.jsonLd, path).toHaveLength(1);
		const data = JSON.parse(tags.jsonLd[0]);
		expect(data, path).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			url: SITE_URL + path,
			mainEntity: [{ '@type': 'Question', name: tags.h1, acceptedAnswer: { '@type': 'Answer', text: tags.summary } }],
		});
		expect(data.mainEntity, path).toHaveLength(1);
		expect(data.dateModified, path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	}
});

test('the 404 page and the redirect pages stay out of search results', async ({ page }) => {
	await page.goto('no-such-page/');
	const notFound = await headTags(page);
	expect(notFound.robots).toBe('noindex');
	expect(notFound.canonicals).toEqual([]);

	const redirects = builtPages().filter((page) => page.isRedirect);
	expect(redirects.length).toBeGreaterThanOrEqual(QUESTION_FILES);
	for (const { path, html, isIndexable } of redirects) {
		expect(isIndexable, path).toBe(false);
		expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="${SITE_URL}${BASE_PATH}questions/[a-z0-9-]+/">`));
	}
});

test('the feed is well-formed RSS with one item per question, newest revision first, linking canonical pages', async ({ page, request }) => {
	const response = await request.get('feed.xml');
	expect(response.ok()).toBe(true);
	const xml = await response.text();
	const feed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			channelLink: doc.querySelector('channel > link')?.textContent,
			items: [...doc.querySelectorAll('item')].map((item) => ({
				link: item.querySelector('link')?.textContent ?? '',
				date: Date.parse(item.querySelector('pubDate')?.textContent ?? ''),
				description: item.querySelector('description')?.textContent ?? '',
			})),
		};
	}, xml);
	expect(feed.error).toBeNull();
	expect(feed.channelLink).toBe(`${SITE_URL}${BASE_PATH}`);
	expect(feed.items).toHaveLength(QUESTION_FILES);
	const pages = new Set(indexablePages().map(({ path }) => SITE_URL + path));
	expect(feed.items.filter(({ link }) => !pages.has(link))).toEqual([]);
	expect(new Set(feed.items.map(({ link }) => link)).size).toBe(QUESTION_FILES);
	expect(feed.items.every(({ description }) => description.length > 0)).toBe(true);
	const dates = feed.items.map(({ date }) => date);
	expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
	expect(dates).toEqual([...dates].sort((a, b) => b - a));
});