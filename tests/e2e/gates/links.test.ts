/**
 * Every internal link, #fragment, stylesheet, script and image of the real bank's build resolves
 * under the site's base. Runs twice: on the subpath build (project `gates`) and on the root build
 * that `npm start` serves (project `root-links`).
 */
import { expect, test } from '@playwright/test';
import { builtPages, currentSite } from '../current-site';

test.describe('links', () => {
	test('every internal link, #fragment, stylesheet, script and image of the built site resolves under the base path', async ({ request }) => {
		// Seeded with every built page, so unlinked pages are checked too; then follows what they reference.
		const { base } = currentSite();
		const built = builtPages();
		const pages = built.map((page) => page.path);
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
				if (!url.pathname.startsWith(base)) {
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
		// Every question page links its own sections ("On this page"), so a crawl that found fewer missed pages.
		expect(fragments.length).toBeGreaterThan(built.filter((page) => /\/questions\/[^/]+\/$/.test(page.path) && !page.isRedirect).length);
		expect([...seen].filter((path) => /\.(css|svg)$/.test(path)).length).toBeGreaterThan(1);
		expect(seen.size).toBeGreaterThan(pages.length);
	});
});
