/**
 * Combines one Pagefind search per query term into one ranking. Pure: takes scores, returns order.
 *
 * A page's score is the sum of its term scores (what a multi-word BM25 query computes), scaled
 * by the share of terms it matched squared, so a page that matches every term outranks one that
 * matches a single term very often. Pages that match no term are not results, and neither are
 * pages scoring under `MIN_SHARE_OF_BEST` of the best page: they mention a word in passing, often
 * a short word that is also the start of common words (`ha` → "has").
 */

/** Share of the best page's score a page needs to count as a result. */
export const MIN_SHARE_OF_BEST = 0.05;

/** Scores of the pages one search matched, by Pagefind page id. */
export type PageScores = ReadonlyMap<string, number>;

export interface RankedPage {
	id: string;
	score: number;
	/** How many of the query's terms the page matched. */
	matchedTerms: number;
}

/** Scores for one term searched under several alternatives: each page keeps its best. */
export function bestOfAlternatives(alternatives: readonly PageScores[]): Map<string, number> {
	const best = new Map<string, number>();
	for (const scores of alternatives) {
		for (const [id, score] of scores) best.set(id, Math.max(best.get(id) ?? 0, score));
	}
	return best;
}

/** Pages that match the terms well enough, best first; ties keep the order pages were first seen in. */
export function rankPages(termScores: readonly PageScores[]): RankedPage[] {
	const pages = new Map<string, { sum: number; matchedTerms: number }>();
	for (const scores of termScores) {
		for (const [id, score] of scores) {
			const page = pages.get(id) ?? { sum: 0, matchedTerms: 0 };
			page.sum += score;
			page.matchedTerms += 1;
			pages.set(id, page);
		}
	}
	const termCount = termScores.length;
	const ranked = [...pages]
		.map(([id, { sum, matchedTerms }]) => ({ id, matchedTerms, score: sum * (matchedTerms / termCount) ** 2 }))
		.sort((a, b) => b.score - a.score);
	const threshold = (ranked[0]?.score ?? 0) * MIN_SHARE_OF_BEST;
	return ranked.filter((page) => page.score >= threshold);
}

/**
 * Ranking options handed to Pagefind, tuned with the relevance suite (tests/e2e/search-relevance).
 * Metadata weights make a match in a question's keywords, title or topic names count for more
 * than one in the answer text; the summary and number are display data and count for nothing
 * (the summary is already indexed as text). A lower term-frequency factor stops short answers
 * that mention a term in passing from outranking the long answer that is about it.
 */
export const PAGEFIND_RANKING = {
	termFrequency: 0.5,
	metaWeights: { keywords: 10, title: 8, topics: 5, summary: 0, number: 0 },
} as const;
