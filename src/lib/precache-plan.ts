/**
 * What the service worker downloads on a reader's first visit (the precache), and the budget it
 * must fit. Files are sorted into tiers by what they are, and each tier, in priority order, is
 * precached whole if it still fits in what the budget has left:
 *
 * 1. `shell`: every page and asset that is not in a tier below (home, about, study and search
 *    pages, styles, scripts, icons, the offline page). Its size does not grow with the bank. Must
 *    fit, or the build fails.
 * 2. `search`: the Pagefind index and its fragments, so search works offline.
 * 3. `answers`: question pages and their short-link redirects; about 24 KB per question.
 * 4. `lists`: the pages that list questions (all questions, topics, levels, kinds); about 6 KB
 *    per question, since each question appears on several lists.
 *
 * A tier that does not fit is cached page by page as the reader opens it instead. Files that only
 * some readers want (print sheets, decks, Markdown) are never precached; the service worker keeps
 * them once fetched. Runs in Node at build time, imported by scripts/build-service-worker.mjs, so
 * it imports nothing (Node loads it by stripping the types).
 */

export type PrecacheTier = 'shell' | 'search' | 'answers' | 'lists';

/** The tiers, most important first. */
export const PRECACHE_TIERS: readonly PrecacheTier[] = ['shell', 'search', 'answers', 'lists'];

/**
 * Most bytes the precache may hold, as stored (Pagefind's files are stored compressed; HTML, CSS and
 * JS are stored as built and travel compressed, at about a third of that). At about 34 KB per
 * question, everything stays offline up to roughly 850 questions; beyond that the shell and search
 * stay precached and answers are kept as they are read.
 */
export const PRECACHE_BUDGET_BYTES = 30 * 1024 * 1024;

/** Largest single file to precache; a bigger one (a list page of a huge bank) is cached when first opened. */
export const MAX_PRECACHED_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Globs (relative to the built site) that are never precached: the service worker itself, and the
 * take-away files a reader fetches on purpose. The worker caches them at runtime once fetched.
 */
export const RUNTIME_ONLY_GLOBS: readonly string[] = [
	'sw.js',
	'print/**',
	'downloads/anki/**',
	'questions/*.md',
	'sitemap*.xml',
	// Pagefind writes its own UI bundles, highlighter and web worker; the site's search uses only
	// pagefind.js with `noWorker` (see components/search/search-engine.ts), so these are never fetched.
	'pagefind/pagefind-*ui.{js,css}',
	'pagefind/pagefind-highlight.js',
	'pagefind/pagefind-worker.js',
];

/** A file offered for precaching: its URL relative to the site root, its revision and its size. */
export interface PrecacheCandidate {
	url: string;
	revision: string | null;
	size: number;
}

/** The tier a file belongs to, from its URL relative to the site root. */
export function precacheTier(url: string): PrecacheTier {
	if (url.startsWith('pagefind/')) return 'search';
	if (/^(?:questions\/[^/]+|q\/[^/]+)\/index\.html$/.test(url)) return 'answers';
	if (/^(?:questions|topics\/[^/]+|levels\/[^/]+|kinds\/[^/]+)\/index\.html$/.test(url)) return 'lists';
	return 'shell';
}

export interface TierSummary {
	tier: PrecacheTier;
	files: number;
	bytes: number;
	precached: boolean;
}

export interface PrecachePlan<T extends PrecacheCandidate> {
	/** The files to precache, in the order given. */
	manifest: T[];
	tiers: TierSummary[];
	/** Bytes of the files to precache. */
	totalBytes: number;
	budgetBytes: number;
}

/**
 * Precaches each tier whole, most important first, if it fits in what the budget has left. Throws
 * when the shell alone does not fit, since the site would then not work offline at all.
 */
export function planPrecache<T extends PrecacheCandidate>(candidates: readonly T[], budgetBytes: number = PRECACHE_BUDGET_BYTES): PrecachePlan<T> {
	const byTier = new Map<PrecacheTier, T[]>(PRECACHE_TIERS.map((tier) => [tier, []]));
	for (const candidate of candidates) byTier.get(precacheTier(candidate.url))!.push(candidate);

	let totalBytes = 0;
	const tiers = PRECACHE_TIERS.map((tier): TierSummary => {
		const files = byTier.get(tier)!;
		const bytes = files.reduce((sum, file) => sum + file.size, 0);
		const precached = totalBytes + bytes <= budgetBytes;
		if (precached) totalBytes += bytes;
		return { tier, files: files.length, bytes, precached };
	});
	if (!tiers[0].precached) {
		throw new Error(`The site shell needs ${formatMiB(tiers[0].bytes)} to precache, over the ${formatMiB(budgetBytes)} budget in src/lib/precache-plan.ts.`);
	}
	const keep = new Set(tiers.filter((summary) => summary.precached).map((summary) => summary.tier));
	return { manifest: candidates.filter((candidate) => keep.has(precacheTier(candidate.url))), tiers, totalBytes, budgetBytes };
}

/** Bytes as MiB with two decimals, the unit the budget is stated in. */
export function formatMiB(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

/** The lines the build prints about the precache: the total against the budget, then each tier. */
export function describePlan(plan: PrecachePlan<PrecacheCandidate>): string[] {
	const share = Math.round((plan.totalBytes / plan.budgetBytes) * 100);
	return [
		`Precache: ${plan.manifest.length} files, ${formatMiB(plan.totalBytes)} of the ${formatMiB(plan.budgetBytes)} budget (${share}%)`,
		...plan.tiers.map(
			({ tier, files, bytes, precached }) =>
				`  ${tier.padEnd(8)}${String(files).padStart(6)} files ${formatMiB(bytes).padStart(11)}  ${precached ? 'precached' : 'over budget: cached when first read'}`,
		),
	];
}
