import { describe, expect, it } from 'vitest';
import { bestOfAlternatives, MIN_SHARE_OF_BEST, rankPages } from './search-ranking';

describe('bestOfAlternatives()', () => {
	it('keeps each page’s best score over the alternatives', () => {
		const best = bestOfAlternatives([new Map([['a', 1], ['b', 5]]), new Map([['a', 3], ['c', 2]])]);
		expect(Object.fromEntries(best)).toEqual({ a: 3, b: 5, c: 2 });
	});
});

describe('rankPages()', () => {
	it('ranks a page matching every term above one matching a single term strongly', () => {
		const ranked = rankPages([new Map([['both', 2], ['one', 10]]), new Map([['both', 2]])]);
		expect(ranked.map((page) => [page.id, page.matchedTerms])).toEqual([
			['both', 2],
			['one', 1],
		]);
	});
	it('sums scores of pages that match the same number of terms', () => {
		const ranked = rankPages([new Map([['a', 1], ['b', 2]]), new Map([['a', 3], ['b', 1]])]);
		expect(ranked.map((page) => page.id)).toEqual(['a', 'b']);
		expect(ranked[0].score).toBe(4);
	});
	it('drops pages that score under a small share of the best', () => {
		const ranked = rankPages([new Map([['strong', 100], ['passing', 100 * MIN_SHARE_OF_BEST - 0.01], ['weak', 100 * MIN_SHARE_OF_BEST]])]);
		expect(ranked.map((page) => page.id)).toEqual(['strong', 'weak']);
	});
	it('returns nothing for no terms or no matches', () => {
		expect(rankPages([])).toEqual([]);
		expect(rankPages([new Map()])).toEqual([]);
	});
});
