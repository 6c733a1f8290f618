import { describe, expect, it } from 'vitest';
import { PAGE_CACHE_PREFIX, pageCacheCleanup, pageCacheName } from './page-cache';

const SCOPE = '/sre-prep/';

describe('pageCacheName()', () => {
	const files = ['BaseLayout.8mnMiyHn.css', 'search-dialog.UkIGJiur.js'];

	it('names the site and stays the same for the same files, in any order', () => {
		expect(pageCacheName(SCOPE, files)).toMatch(/^sre-pages:\/sre-prep\/:[0-9a-f]{12}$/);
		expect(pageCacheName(SCOPE, [...files].reverse())).toBe(pageCacheName(SCOPE, files));
	});
	it('changes when a file is renamed, added or removed', () => {
		const names = [files, ['BaseLayout.CFc4Cs_M.css', files[1]], [...files, 'dom.p1Jv0Nu8.js'], [files[0]]].map((set) => pageCacheName(SCOPE, set));
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('pageCacheCleanup()', () => {
	/** Runs the worker code against fake caches, fires `activate` and returns the cache names left. */
	async function activate(current: string, existing: string[]): Promise<string[]> {
		const stored = new Set(existing);
		const caches = { keys: async () => [...stored], delete: async (name: string) => stored.delete(name) };
		let onActivate: ((event: { waitUntil(promise: Promise<unknown>): void }) => void) | undefined;
		const self = { addEventListener: (type: string, listener: typeof onActivate) => type === 'activate' && (onActivate = listener) };
		new Function('self', 'caches', pageCacheCleanup(SCOPE, current))(self, caches);
		const waited: Promise<unknown>[] = [];
		onActivate!({ waitUntil: (promise) => waited.push(promise) });
		await Promise.all(waited);
		return [...stored].sort();
	}
	const current = pageCacheName(SCOPE, ['a.css']);

	it("deletes the site's page caches of other builds and the unversioned one, and keeps its own", async () => {
		expect(await activate(current, [PAGE_CACHE_PREFIX, pageCacheName(SCOPE, ['b.css']), current])).toEqual([current]);
	});
	it('leaves every other cache alone: the precache, take-away files, other sites on the origin', async () => {
		const others = [
			'workbox-precache-v2-https://example.github.io/sre-prep/',
			'sre-files',
			pageCacheName('/sre-prep-fork/', ['b.css']),
			pageCacheName('/', ['b.css']),
			'sre-pages-old',
		];
		expect(await activate(current, [...others, current])).toEqual([...others, current].sort());
	});
});
