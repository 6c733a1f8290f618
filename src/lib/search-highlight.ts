/**
 * Finds the words of a search in text, the way readers expect to see them marked on the question
 * page a result opens, expansions of abbreviations included. The same matching decides which
 * synonyms a question is indexed under (`search-synonyms.ts`). Pure: works on strings and offsets,
 * and the caller turns ranges into <mark> elements.
 *
 * A phrase is one or more lowercase words that must appear in a row (`high availability`).
 * Short words (up to three letters, mostly abbreviations such as `ha` or `slo`) match whole
 * words, three-letter ones also with a plural `s` (`SLOs`), so `ha` does not light up "has". Longer words match as prefixes of
 * their stem, so `restarting` marks "restarts" as Pagefind's stemming would find it.
 */

/** Words that must appear in a row. */
export type Phrase = readonly string[];

/** A matched span of text: character offsets and the index of the phrase it matched. */
export interface MatchRange {
	start: number;
	end: number;
	phrase: number;
}

interface Token {
	start: number;
	end: number;
	/** Lowercase, without hyphens, for comparing with query words. */
	key: string;
}

/** Words with inner punctuation kept (`ci/cd`, `99.9`, `on-call`, `c++`), apostrophes included. */
const WORD = /[\p{L}\p{N}]+(?:[/.'’-][\p{L}\p{N}]+)*[+#]*/gu;

const comparable = (word: string): string => word.toLowerCase().replace(/[-’']/g, '');

function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((match) => ({ start: match.index, end: match.index + match[0].length, key: comparable(match[0]) }));
}

/** The part of a query word that its other forms share: `restarting` → `restart`. */
function stem(word: string): string {
	const stemmed = word.replace(/(?:ing|ed|es|s)$/, '');
	return stemmed.length >= 4 ? stemmed : word;
}

/** A query word prepared once for comparing with many words of text. */
type WordTest = (key: string) => boolean;

function wordTest(queryWord: string): WordTest {
	const word = comparable(queryWord);
	if (word.length <= 2) return (key) => key === word;
	if (word.length === 3) return (key) => key === word || key === `${word}s`;
	const prefix = stem(word);
	return (key) => key.startsWith(prefix);
}

/** Letters a word of the text must share with a query word for a match to be more than noise. */
export const MIN_SHARED_PREFIX = 3;

/**
 * Whether every query word shares its first letters (up to `MIN_SHARED_PREFIX`) with some word
 * of the text. Pagefind falls back to ever shorter prefixes of a word it does not know: that
 * forgives typos ("kubernetez" finds Kubernetes) but also turns "xylophone" into a search for a
 * lone "x". This tells the two apart.
 */
export function isGenuineMatch(text: string, queryWords: readonly string[]): boolean {
	const keys = tokenize(text).map((token) => token.key);
	return queryWords.every((word) => {
		const prefix = comparable(word).slice(0, MIN_SHARED_PREFIX);
		return keys.some((key) => key.startsWith(prefix));
	});
}

/** Every non-overlapping match of the phrases in the text, in order. Longer phrases win at a position. */
export function findMatches(text: string, phrases: readonly Phrase[]): MatchRange[] {
	const tokens = tokenize(text);
	const byLength = phrases
		.map((words, index) => ({ tests: words.map(wordTest), index }))
		.filter(({ tests }) => tests.length > 0)
		.sort((a, b) => b.tests.length - a.tests.length);
	const ranges: MatchRange[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const found = byLength.find(({ tests }) => tests.every((test, offset) => i + offset < tokens.length && test(tokens[i + offset].key)));
		if (!found) continue;
		const last = tokens[i + found.tests.length - 1];
		ranges.push({ start: tokens[i].start, end: last.end, phrase: found.index });
		i += found.tests.length - 1;
	}
	return ranges;
}
