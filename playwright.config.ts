import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/system-chromium.mjs';
import { SITES, type TestSite } from './tests/e2e/sites';

/**
 * Three projects, one per test site (tests/e2e/sites.ts): behaviour tests on the fixture bank, the
 * release gates on the real bank under the subpath, and the link crawl of the real bank at `/`.
 * A test reads its site through `currentSite()` (tests/e2e/current-site.ts).
 */
const project = (name: string, site: TestSite, testDir: string, testMatch?: string) => ({
	name,
	testDir,
	testMatch,
	// The gates only read the built site, so their tests (the all-pages axe audit comes in parts)
	// can share both workers even within one file.
	fullyParallel: site.name !== 'ui',
	metadata: { site },
	use: { ...devices['Desktop Chrome'], baseURL: site.url, launchOptions: chromiumLaunchOptions() },
});

export default defineConfig({
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 30_000,
	use: { trace: 'retain-on-failure' },
	projects: [
		project('ui', SITES.ui, 'tests/e2e/ui'),
		project('gates', SITES.gates, 'tests/e2e/gates'),
		project('root-links', SITES.root, 'tests/e2e/gates', 'links.test.ts'),
	],
	webServer: Object.values(SITES).map((site) => ({
		command: `node scripts/serve-test-site.ts ${site.name}`,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		url: site.url,
		timeout: 300_000,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore' as const,
	})),
});
