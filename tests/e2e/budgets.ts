/**
 * What a reader's first visit to a question page may cost, checked by tests/e2e/ui/reading-page.test.ts:
 * bytes on the wire as GitHub Pages serves them (gzip, headers included) and requests, before the
 * scripts that wait for idle or interaction (LoadLater.astro), and how much the page may shift.
 */
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
