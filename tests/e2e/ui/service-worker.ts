import { expect, type Page } from '@playwright/test';

/** Waits until the service worker has precached the site and controls the page. */
export async function waitUntilSavedForOffline(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}
