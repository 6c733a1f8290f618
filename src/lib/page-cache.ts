/**
 * The service worker's runtime cache of pages outside the precache (print sheets; answers once the
 * bank is over the precache budget), one per version of the site's hashed files.
 *
 * A kept page links the `_astro/` files of the build that served it, and when a new version
 * activates the precache deletes the files it no longer lists: offline, the kept page would open
 * without its styles and scripts. So the cache is named after the build's `_astro/` files, and a new
 * worker deletes this site's page caches of other names as it activates; the reader then gets the
 * styled offline page until they open the page online again. A deploy that leaves those files alone
 * (a new or edited question) keeps the cache, since its pages still find every file they link.
 *
 * The name also carries the site's scope: every project site on `<user>.github.io` shares Cache
 * Storage, and a fork deployed beside this one must keep its own pages.
 *
 * Node-only (node:crypto), imported by scripts/build-service-worker.mjs.
 */
import { createHash } from 'node:crypto';

/** What every page cache name starts with; also the whole name of the single, unversioned cache of earlier builds. */
export const PAGE_CACHE_PREFIX = 'sre-pages';

/** What the page cache names of the site at `scope` (such as `/sre-prep/`) start with. */
const sitePrefix = (scope: string) => `${PAGE_CACHE_PREFIX}:${scope}:`;

/** The page cache of the site at `scope` whose `_astro/` folder holds these files, in any order. */
export function pageCacheName(scope: string, astroFiles: readonly string[]): string {
	const digest = createHash('sha256').update([...astroFiles].sort().join('\n')).digest('hex');
	return `${sitePrefix(scope)}${digest.slice(0, 12)}`;
}

/**
 * Service worker code that, on activation, deletes the site's page caches but `current`, and the
 * unversioned cache of earlier builds.
 */
export function pageCacheCleanup(scope: string, current: string): string {
	const [legacy, prefix, keep] = [PAGE_CACHE_PREFIX, sitePrefix(scope), current].map((name) => JSON.stringify(name));
	return `self.addEventListener('activate', (event) => {
	const isOutdated = (name) => name === ${legacy} || (name.startsWith(${prefix}) && name !== ${keep});
	event.waitUntil(caches.keys().then((names) => Promise.all(names.filter(isOutdated).map((name) => caches.delete(name)))));
});`;
}
