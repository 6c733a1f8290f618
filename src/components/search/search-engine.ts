/**
 * Search in the browser: loads Pagefind from the built site and answers queries through the pure
 * modules in src/lib. Loaded on demand by the search dialog and the search page, never with a page.
 *
 * Pagefind matches every word of a query (AND) and knows no synonyms, which fails natural queries
 * ("too many pages at night") and abbreviations ("HA"). So each query word is searched on its own,
 * under each of its synonyms, and `rankPages` merges the scores; on the relevance suite that finds
 * 240 of 268 questions first, where one Pagefind search of the whole query finds 223 (and misses 25
 * from the top 3). One more search of the whole query supplies what a result shows: Pagefind's
 * excerpt and sections then mark every word of the query, not only the one that found the page.
 *
 * Pagefind exists only in the built site (`npm run build` writes it to dist/pagefind/), so under
 * `astro dev` loading fails and the UI says how to get a built site instead.
 */
import type { QuestionFilter } from '../../lib/question-filter';
import { applyFilter, facetCounts, facetRecords, type FacetCounts } from '../../lib/search-facets';
import { isGenuineMatch } from '../../lib/search-highlight';
import { queryTerms } from '../../lib/search-query';
import { bestOfAlternatives, PAGEFIND_RANKING, rankPages, type PageScores } from '../../lib/search-ranking';
import { shapeResult, type PagefindResultData, type SearchResultView } from '../../lib/search-results';
import { FACETS } from '../../lib/taxonomy';
import { BASE_PATH, pathWithBase } from '../../lib/base-path';

/** The parts of Pagefind's JavaScript API used here (see https://pagefind.app/docs/api/). */
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData & { content: string }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

/** The outcome of one search: counts at once, result views loaded page by page. */
export interface SearchOutcome {
	query: string;
	filter: QuestionFilter;
	/** Results after filtering. */
	total: number;
	/** Results for the query alone, before filtering. */
	unfiltered: number;
	counts: FacetCounts;
	/** Loads the views of results `from` to `from + count` (fewer at the end). */
	views(from: number, count: number): Promise<SearchResultView[]>;
}

export interface SearchEngine {
	search(query: string, filter: QuestionFilter): Promise<SearchOutcome>;
}

/** Why search cannot run: no index in the dev server, or the index failed to load. */
export class SearchUnavailableError extends Error {
	constructor(readonly reason: 'dev-server' | 'load-failed', cause: unknown) {
		super(reason === 'dev-server' ? 'The search index exists only in the built site.' : 'The search index could not be loaded.', { cause });
	}
}

let engine: Promise<SearchEngine> | undefined;

/** The one engine of the page, loading Pagefind on first use. */
export function loadSearchEngine(): Promise<SearchEngine> {
	engine ??= createEngine().catch((error: unknown) => {
		engine = undefined;
		throw new SearchUnavailableError(import.meta.env.DEV ? 'dev-server' : 'load-failed', error);
	});
	return engine;
}

async function createEngine(): Promise<SearchEngine> {
	// A runtime URL, so Vite leaves the import alone: the file only exists after `pagefind` runs.
	const pagefind = (await import(/* @vite-ignore */ pathWithBase('/pagefind/pagefind.js'))) as Pagefind;
	// No web worker: for an index this small its message round trips cost more than they save
	// (scripts/bench-search.mjs measured results in about half the time on the main thread).
	await pagefind.options({ baseUrl: BASE_PATH, ranking: PAGEFIND_RANKING, noWorker: true });
	await pagefind.init();
	let records: ReturnType<typeof loadFacetRecords> | undefined;

	const resultsById = new Map<string, PagefindResult>();
	const scoresByText = new Map<string, Promise<PageScores>>();
	// Typing "error bu…" repeats the search for "error" on every key: remember each one.
	const scoresFor = (text: string) => {
		let scores = scoresByText.get(text);
		if (!scores) {
			scores = pagefind.search(text).then(async ({ results }) => {
				// When Pagefind falls back to a stub of an unknown word, all its results are noise.
				const best = results[0] && (await results[0].data());
				if (!best || !isGenuineMatch([best.content, ...Object.values(best.meta)].join(' '), text.split(' '))) return new Map();
				for (const result of results) if (!resultsById.has(result.id)) resultsById.set(result.id, result);
				return new Map(results.map((result) => [result.id, result.score]));
			});
			scoresByText.set(text, scores);
		}
		return scores;
	};

	return {
		async search(query, filter) {
			const terms = queryTerms(query);
			// Learnt on the first search, alongside it: which pages carry which topic, level and kind.
			records ??= loadFacetRecords(pagefind);
			const [termScores, whole, pages] = await Promise.all([
				Promise.all(terms.map(async (term) => bestOfAlternatives(await Promise.all(term.alternatives.map(scoresFor))))),
				pagefind.search(terms.map((term) => term.word).join(' ')),
				records,
			]);
			const ranked = rankPages(termScores).map((page) => page.id);
			const ids = applyFilter(ranked, pages, filter);
			const forDisplay = new Map(whole.results.map((result) => [result.id, result]));
			return {
				query,
				filter,
				total: ids.length,
				unfiltered: ranked.length,
				counts: facetCounts(ranked, pages, filter),
				views: (from, count) =>
					Promise.all(ids.slice(from, from + count).map(async (id) => shapeResult(await (forDisplay.get(id) ?? resultsById.get(id)!).data(), query))),
			};
		},
	};
}

/** For every page, its topics, level and kind: one Pagefind search per filter value. */
async function loadFacetRecords(pagefind: Pagefind) {
	const available = await pagefind.filters();
	const lookups = FACETS.flatMap((facet) =>
		Object.keys(available[facet] ?? {}).map(async (value) => {
			const { results } = await pagefind.search(null, { filters: { [facet]: value } });
			return { facet, value, ids: results.map((result) => result.id) };
		}),
	);
	return facetRecords(await Promise.all(lookups));
}
