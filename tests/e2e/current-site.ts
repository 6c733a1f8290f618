/**
 * The test site (tests/e2e/sites.ts) of the Playwright project running the current test, and its
 * built pages read from disk rather than found by following links, so that a page nothing links to
 * is checked too, whichever feature added it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { test } from '@playwright/test';
import type { TestSite } from './sites';

export function currentSite(): TestSite {
	return test.info().project.metadata.site as TestSite;
}

export interface BuiltPage {
	/** URL path under the base, such as `/sre-prep/questions/x/`. */
	path: string;
	file: string;
	html: string;
	/** A short link or old slug: it forwards the reader at once and has no content of its own. */
	isRedirect: boolean;
	/** Meant for search results: it does not say `noindex` (redirects and the 404 page do). */
	isIndexable: boolean;
}

/** Pages read so far, by build folder: a site's build does not change while its tests run. */
const pagesByBuild = new Map<string, BuiltPage[]>();

/** Every HTML file of the site's build, in path order; read from disk once per worker. */
export function builtPages(site: TestSite = currentSite()): BuiltPage[] {
	let pages = pagesByBuild.get(site.outDir);
	if (!pages) pagesByBuild.set(site.outDir, (pages = readBuiltPages(site)));
	return pages;
}

function readBuiltPages(site: TestSite): BuiltPage[] {
	return readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.sort()
		.map((file) => {
			const html = readFileSync(join(site.outDir, file), 'utf8');
			const path = site.base + file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');
			return {
				path,
				file: join(site.outDir, file),
				html,
				isRedirect: /<meta http-equiv="refresh"/i.test(html),
				isIndexable: !/<meta name="robots" content="[^"]*noindex/i.test(html),
			};
		});
}

/**
 * A time limit for a test that visits `count` pages (or runs `count` queries): the gates grow with
 * the bank, so a fixed limit would fail the day enough questions are added. Not a speed check:
 * `npm run bench` measures speed. Allows a generous 2 s each on a loaded 2-core machine.
 */
export const timeLimitFor = (count: number): number => 30_000 + count * 2_000;

/** The pages a reader reads: everything but the redirects. */
export const contentPages = (): BuiltPage[] => builtPages().filter((page) => !page.isRedirect);

/** The pages meant for search results, which the sitemap must list. */
export const indexablePages = (): BuiltPage[] => builtPages().filter((page) => page.isIndexable);
