/**
 * The state of a search as it lives in URLs: `/search/?q=error+budget&topic=slo-sli` for the
 * search page, and `?highlight=error+budget` on the question a result opens. Pure, so the search
 * page, the dialog, the highlighter and the tests read and write URLs the same way.
 */
import { filterToParams, parseFilter, type QuestionFilter } from './question-filter';
import { normaliseQuery } from './search-query';
import { withBase } from './permalinks';
import { HIGHLIGHT_PARAM, SEARCH_PATH } from './search-constants';
import { FACETS, type Facet, type Kind, type Level, type TopicSlug } from './taxonomy';

export interface SearchState {
	/** What the reader typed, normalised; empty when nothing was typed. */
	query: string;
	filter: QuestionFilter;
}

/** Reads a search from URL parameters; unknown filter values are dropped, never fatal. */
export function parseSearchState(params: URLSearchParams): SearchState {
	return { query: normaliseQuery(params.get('q') ?? ''), filter: parseFilter(params) };
}

/** URL parameters for a search: the query first, then any filters, empty fields left out. */
export function searchStateToParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	const query = normaliseQuery(state.query);
	if (query) params.set('q', query);
	for (const [key, value] of filterToParams(state.filter)) params.set(key, value);
	return params;
}

/** Link to the search page running this search, under the base path. */
export function searchPageHref(state: SearchState, base: string): string {
	const params = searchStateToParams(state).toString();
	return withBase(SEARCH_PATH, base) + (params ? `?${params}` : '');
}

/** Whether two states run the same search, so the history need not change. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
	return searchStateToParams(a).toString() === searchStateToParams(b).toString();
}

/** A result URL (path, optional query and hash) that asks the page to highlight the search. */
export function withHighlight(url: string, query: string): string {
	const terms = normaliseQuery(query);
	if (!terms) return url;
	const [beforeHash, hash = ''] = url.split(/#(.*)/s, 2);
	const [path, search = ''] = beforeHash.split(/\?(.*)/s, 2);
	const params = new URLSearchParams(search);
	params.set(HIGHLIGHT_PARAM, terms);
	return `${path}?${params}${hash ? `#${hash}` : ''}`;
}

/** The search to highlight on a page, from its URL parameters; empty when there is none. */
export function highlightQuery(params: URLSearchParams): string {
	return normaliseQuery(params.get(HIGHLIGHT_PARAM) ?? '');
}

/** The filter with one facet chosen, or cleared when that value was already chosen (a toggle). */
export function toggleFacet(filter: QuestionFilter, facet: Facet, value: string): QuestionFilter {
	const next: QuestionFilter = { ...filter };
	if (filter[facet] === value) delete next[facet];
	else if (facet === 'topic') next.topic = value as TopicSlug;
	else if (facet === 'level') next.level = value as Level;
	else next.kind = value as Kind;
	return next;
}

/** Whether any facet is chosen. */
export const hasFilter = (filter: QuestionFilter): boolean => FACETS.some((facet) => Boolean(filter[facet]));
