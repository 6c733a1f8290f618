/**
 * What a reader's first visit to a question page may cost, checked by tests/e2e/ui/reading-page.test.ts
 * and reported by `npm run bench`: bytes on the wire as GitHub Pages serves them (gzip, headers
 * included) and requests, before the scripts that wait for idle or interaction (LoadLater.astro),
 * and how much the page may shift.
 */
import type { Page } from '@playwright/test';

export const QUESTION_PAGE_BUDGET = {
	/** Bytes on the wire, response headers included, of everything fetched before any script is let in. */
	firstLoadBytes: 15 * 1024,
	/** Requests of the same first load. */
	firstLoadRequests: 6,
	/** Cumulative layout shift from the first paint until the deferred scripts have run. */
	layoutShift: 0.01,
} as const;

/** The small phone the first screen is judged on, and a taller one. */
export const PHONE_VIEWPORTS = [
	{ width: 360, height: 640 },
	{ width: 360, height: 780 },
] as const;

/**
 * Holds back the page's idle callbacks, which let the deferred scripts in, until
 * `releaseIdleCallbacks` runs them: what loads before is the first load. Call before `goto`.
 */
export async function holdIdleCallbacks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const held: (() => void)[] = [];
		Object.assign(window, {
			requestIdleCallback: (callback: () => void) => held.push(callback),
			releaseIdleCallbacks: () => held.splice(0).forEach((callback) => callback()),
		});
	});
}

export const releaseIdleCallbacks = (page: Page): Promise<void> =>
	page.evaluate(() => (window as unknown as { releaseIdleCallbacks: () => void }).releaseIdleCallbacks());
