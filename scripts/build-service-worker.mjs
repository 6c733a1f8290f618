/**
 * Post-build step, after Pagefind: writes dist/sw.js with Workbox's generateSW. The precache is
 * whatever the full build left in dist/ (pages, assets, the Pagefind index, and any page a
 * feature adds later), filtered and budgeted by src/lib/precache-plan.ts. Prints the measured
 * precache size; fails the build when the shell alone is over budget or the offline page is missing.
 *
 * Updates: the worker never takes over by itself (no skipWaiting), so an open page keeps the
 * version it was loaded with; a new version waits until the reader accepts the "new version"
 * notice (the page then posts SKIP_WAITING) or closes every tab. Precache revisions are content
 * hashes, so only changed files are downloaded again. Pages kept at runtime go into a cache named
 * after the build's hashed files, and a new version deletes the caches of older ones as it
 * activates, since their pages link files the new precache no longer holds (src/lib/page-cache.ts).
 *
 * Imports src/lib/precache-plan.ts and src/lib/page-cache.ts directly: Node strips their types
 * (Node 22.18 or later, which the project's pinned `node` devDependency provides to npm scripts).
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';
import { pageCacheCleanup, pageCacheName } from '../src/lib/page-cache.ts';
import {
	describePlan,
	MAX_PRECACHED_FILE_BYTES,
	planPrecache,
	RUNTIME_ONLY_GLOBS,
} from '../src/lib/precache-plan.ts';

const DIST = resolve(process.argv[2] ?? 'dist');
const SW_FILE = resolve(DIST, 'sw.js');

/** Page shown for a page that is neither precached nor cached yet while offline. */
const OFFLINE_FALLBACK = 'offline/index.html';

/** The worker's scope, which is the base path: the web app manifest declares it. */
const { scope } = JSON.parse(readFileSync(resolve(DIST, 'manifest.webmanifest'), 'utf8'));
const PAGE_CACHE = pageCacheName(scope, readdirSync(resolve(DIST, '_astro')));

let plan;
const { count, size, warnings } = await generateSW({
	globDirectory: DIST,
	globPatterns: ['**/*'],
	globIgnores: [...RUNTIME_ONLY_GLOBS],
	swDest: SW_FILE,
	mode: 'production',
	sourcemap: false,
	inlineWorkboxRuntime: true,
	maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
	// Astro's and Pagefind's hashed file names already change with their content.
	dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:fragment|index)\/)/,
	manifestTransforms: [
		(entries) => {
			plan = planPrecache(entries);
			return { manifest: plan.manifest };
		},
	],
	// Pages are static: query strings (list filters, Pagefind's cache-busting `?ts=`) never change the file.
	ignoreURLParametersMatching: [/.*/],
	directoryIndex: 'index.html',
	cleanupOutdatedCaches: true,
	clientsClaim: true,
	skipWaiting: false,
	runtimeCaching: [
		{
			// Pages outside the precache (print sheets; answers once over budget): fresh when online,
			// the last copy this version kept when offline, and the offline page when there is none.
			urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
			handler: 'NetworkFirst',
			options: {
				cacheName: PAGE_CACHE,
				expiration: { maxEntries: 200, purgeOnQuotaError: true },
				precacheFallback: { fallbackURL: OFFLINE_FALLBACK },
			},
		},
		{
			// Take-away files (Anki decks, Markdown): kept once downloaded.
			urlPattern: ({ request, sameOrigin }) => sameOrigin && request.method === 'GET',
			handler: 'NetworkFirst',
			options: {
				cacheName: 'sre-files',
				expiration: { maxEntries: 100, purgeOnQuotaError: true },
			},
		},
	],
}).catch((error) => {
	console.error(`Service worker: ${error.message}`);
	process.exit(1);
});

// generateSW takes no code of its caller but through importScripts (one more file to fetch and
// keep in step); the cleanup is a few lines of plain worker code, so it is appended.
appendFileSync(SW_FILE, `\n${pageCacheCleanup(scope, PAGE_CACHE)}\n`);

// Workbox warns about files over MAX_PRECACHED_FILE_BYTES and leaves them out of the precache;
// they are still cached when first opened, so the build goes on.
for (const warning of warnings) console.warn(`Service worker: ${warning}`);
if (!plan.manifest.some((entry) => entry.url === OFFLINE_FALLBACK)) {
	console.error(`Service worker: the offline page ${OFFLINE_FALLBACK} is missing from the precache.`);
	process.exit(1);
}
console.log(`Service worker: wrote ${SW_FILE} (${count} files, ${size} bytes precached; pages kept in ${PAGE_CACHE})`);
for (const line of describePlan(plan)) console.log(line);
