/**
 * Builds one of the end-to-end test sites (tests/e2e/sites.ts) exactly as `npm run build` does,
 * service worker included, then serves it like GitHub Pages until stopped. Playwright starts one
 * of these per site (see `webServer` in playwright.config.ts). Usage: node scripts/serve-test-site.ts ui
 */
import { buildSite } from './lib/build-site.ts';
import { serveStatic } from './lib/static-server.ts';
import { SITE_URL, SITES, type TestSite } from '../tests/e2e/sites.ts';

const name = process.argv[2] as TestSite['name'];
const site: TestSite | undefined = SITES[name];
if (!site) {
	console.error(`Unknown test site "${process.argv[2]}"; expected one of: ${Object.keys(SITES).join(', ')}`);
	process.exit(2);
}

await buildSite({ outDir: site.outDir, site: SITE_URL, base: site.base, contentDir: site.contentDir, practiceDir: site.practiceDir, serviceWorker: true });
const server = await serveStatic(site.outDir, site.base, site.port);
console.log(`Test site "${site.name}" at ${server.url}`);
