/**
 * Shapes what Pagefind returns for a page into what a search result shows: number, title, the
 * link (carrying the search so the page can highlight it), an excerpt with the search marked,
 * chips, and up to two sections of the answer that match, as deep links. Pure.
 */
import { excerpt, findMatches, wordIndexer, type MatchRange, type Phrase, type TextSegment } from './search-highlight';
import { withHighlight } from './search-state';
import { getTopic, kindLabel, levelLabel, type Kind, type Level } from './taxonomy';

/** The parts of Pagefind's result data a result uses (see Pagefind's `result.data()`). */
export interface PagefindResultData {
	url: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, readonly string[] | undefined>;
	anchors: readonly { element: string; id: string; text?: string; location: number }[];
}

export interface ResultSection {
	title: string;
	href: string;
}

export interface SearchResultView {
	number: number;
	title: string;
	href: string;
	excerpt: TextSegment[];
	/** Level, kind and topic labels, in the order question pages show them, each once. */
	chips: string[];
	sections: ResultSection[];
}

/** Most sections listed under one result. */
export const MAX_SECTIONS = 2;

/**
 * Sections (h2/h3 with an id) holding the most matches, at most `MAX_SECTIONS`, in page order.
 * `matches` are those of the search in `data.content`, from `findMatches`.
 */
export function matchingSections(data: PagefindResultData, matches: readonly MatchRange[], query: string): ResultSection[] {
	const headings = data.anchors.filter((anchor) => /^h[23]$/.test(anchor.element) && anchor.text);
	if (headings.length === 0) return [];
	const { wordAt } = wordIndexer(data.content);
	const hits = headings.map(() => 0);
	for (const match of matches) {
		const word = wordAt(match.start);
		const section = headings.findLastIndex((heading) => heading.location <= word);
		if (section >= 0) hits[section] += 1;
	}
	return headings
		.map((heading, index) => ({ heading, index, hits: hits[index] }))
		.filter(({ hits }) => hits > 0)
		.sort((a, b) => b.hits - a.hits || a.index - b.index)
		.slice(0, MAX_SECTIONS)
		.sort((a, b) => a.index - b.index)
		.map(({ heading }) => ({ title: heading.text!, href: withHighlight(`${data.url}#${heading.id}`, query) }));
}

/** The result as the search UI shows it. */
export function shapeResult(data: PagefindResultData, phrases: readonly Phrase[], query: string): SearchResultView {
	const matches = findMatches(data.content, phrases);
	const level = data.filters.level?.[0] as Level | undefined;
	const kind = data.filters.kind?.[0] as Kind | undefined;
	return {
		number: Number(data.meta.number),
		title: data.meta.title ?? data.url,
		href: withHighlight(data.url, query),
		excerpt: excerpt(data.content, matches),
		// A kind and a topic can share a label ("Troubleshooting"); one chip says it.
		chips: [...new Set([...(level ? [levelLabel(level)] : []), ...(kind ? [kindLabel(kind)] : []), ...(data.filters.topic ?? []).map((topic) => getTopic(topic).label)])],
		sections: matchingSections(data, matches, query),
	};
}
