/**
 * Shapes what Pagefind returns for a page into what a search result shows: number, title, the
 * link (carrying the search so the page can highlight it), Pagefind's excerpt, chips, and up to
 * two sections of the answer that match most, from Pagefind's sub-results, as deep links. Pure.
 */
import { withHighlight } from './search-state';
import { questionTags, tagLabels, type Kind, type Level } from './taxonomy';

/** The parts of Pagefind's result data a result uses (see https://pagefind.app/docs/api/). */
export interface PagefindResultData {
	url: string;
	/** A passage around the matches, as HTML: escaped text with the matched words in <mark>. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, readonly string[] | undefined>;
	/** The page cut at its headings with ids; the part before the first heading has no anchor. */
	sub_results: readonly { title: string; url: string; locations: readonly number[]; anchor?: { element: string } }[];
}

export interface ResultSection {
	title: string;
	href: string;
}

export interface SearchResultView {
	number: number;
	title: string;
	href: string;
	/** Pagefind's excerpt, HTML. */
	excerpt: string;
	/** Level, kind and topic labels, in the order question pages show them, each once. */
	chips: string[];
	sections: ResultSection[];
}

/** Most sections listed under one result. */
export const MAX_SECTIONS = 2;

/** The answer's sections (h2/h3) holding the most matches, at most `MAX_SECTIONS`, in page order. */
export function matchingSections(data: PagefindResultData, query: string): ResultSection[] {
	return data.sub_results
		.map((section, index) => ({ section, index, hits: section.locations.length }))
		.filter(({ section, hits }) => hits > 0 && /^h[23]$/.test(section.anchor?.element ?? ''))
		.sort((a, b) => b.hits - a.hits || a.index - b.index)
		.slice(0, MAX_SECTIONS)
		.sort((a, b) => a.index - b.index)
		.map(({ section }) => ({ title: section.title, href: withHighlight(section.url, query) }));
}

/** The result as the search UI shows it. */
export function shapeResult(data: PagefindResultData, query: string): SearchResultView {
	const level = data.filters.level?.[0] as Level | undefined;
	const kind = data.filters.kind?.[0] as Kind | undefined;
	return {
		number: Number(data.meta.number),
		title: data.meta.title ?? data.url,
		href: withHighlight(data.url, query),
		excerpt: data.excerpt,
		chips: tagLabels(questionTags({ level, kind, topics: data.filters.topic ?? [] })),
		sections: matchingSections(data, query),
	};
}
