/**
 * Turns what a reader typed into the terms the search runs. Pure, and shared by the search UI,
 * the highlighter on question pages and the relevance tests.
 *
 * Pagefind matches every word of a query (AND), which fails natural queries such as
 * "what is sre vs devops": filler words that no answer contains empty the result list. So the
 * query is split into terms, filler words are dropped, and each term carries its alternatives
 * from the synonym map; `search-ranking.ts` then combines one search per term.
 */
import type { Phrase } from './search-highlight';
import { SEARCH_SYNONYMS } from './search-synonyms.ts';

/** One word of the query and every string that counts as a match for it, the word first. */
export interface QueryTerm {
	word: string;
	alternatives: string[];
}

/** Words that carry no meaning in a search here; dropped unless the query has nothing else. */
const FILLER_WORDS = new Set(
	(
		'a an and are as at be but by can could did do does doing for from had has have how i if in into is it its me my of on or ' +
		'our should so than that the their them then there these they this those to us vs versus was we were what when where ' +
		'which while who why will with would you your tell about ' +
		// Contractions, as queryWords writes them (apostrophe dropped): "what's" is "whats".
		'whats hows whos wheres whens thats theres heres lets im ive youre youve theyre weve dont doesnt didnt ' +
		'isnt arent wasnt werent cant couldnt wont wouldnt shouldnt'
	).split(' '),
);

/** Longest query the search accepts; longer input is cut, since no answer needs more. */
export const MAX_QUERY_LENGTH = 200;

/** The query as shown and stored in the URL: trimmed, inner whitespace collapsed, length capped. */
export function normaliseQuery(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Lowercase words of a query. Keeps `/`, `.`, `+`, `#` and `-` inside a word (`ci/cd`, `99.9`,
 * `c++`, `post-mortem`) and drops other punctuation. An apostrophe inside a word goes, straight
 * or curly, as Pagefind drops it when it indexes "don’t" as "dont": split there instead, the
 * query would gain a one-letter word (`t`, `s`) that matches every page by prefix.
 */
export function queryWords(raw: string): string[] {
	return normaliseQuery(raw)
		.toLowerCase()
		.replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
		.replace(/[^\p{L}\p{N}/.+#\-\s]/gu, ' ')
		.split(/\s+/)
		.map((word) => word.replace(/^[/.+#-]+|[/.-]+$/g, ''))
		.filter(Boolean);
}

/** The terms to search for: meaningful words, without repeats, each with its synonyms. */
export function queryTerms(raw: string): QueryTerm[] {
	const words = [...new Set(queryWords(raw))];
	const meaningful = words.filter((word) => !FILLER_WORDS.has(word));
	return (meaningful.length > 0 ? meaningful : words).map((word) => ({
		word,
		alternatives: [word, ...(SEARCH_SYNONYMS.get(word) ?? [])],
	}));
}

/** The phrases to mark in excerpts and on result pages: every term and each of its alternatives. */
export function highlightPhrases(raw: string): Phrase[] {
	const phrases = new Map<string, Phrase>();
	for (const term of queryTerms(raw)) {
		for (const alternative of term.alternatives) phrases.set(alternative, alternative.split(' '));
	}
	return [...phrases.values()];
}
