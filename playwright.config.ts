import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/system-chromium.mjs';

/** The end-to-end tests run against the built site served under a GitHub Pages-style subpath. */
export const BASE_PATH = '/sre-prep/';
/** The origin the test build is told it deploys to: canonical, Open Graph and sitemap URLs start with it. */
export const SITE_URL = 'https://example.github.io';
// Overridable so several checkouts can run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT) || 4323;

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}${BASE_PATH}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: chromiumLaunchOptions(),
			},
		},
	],
	webServer: {
		command: `npm run build && astro preview --port ${PORT}`,
		env: { BASE_PATH, SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' },
		url: `http://localhost:${PORT}${BASE_PATH}`,
		timeout: 300_000,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
	},
});
