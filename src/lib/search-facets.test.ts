import { describe, expect, it } from 'vitest';
import { applyFilter, facetCounts, facetRecords } from './search-facets';

const records = facetRecords([
	{ facet: 'topic', value: 'kubernetes', ids: ['a', 'b'] },
	{ facet: 'topic', value: 'troubleshooting', ids: ['a', 'c'] },
	{ facet: 'level', value: 'mid', ids: ['a', 'c'] },
	{ facet: 'level', value: 'senior', ids: ['b'] },
	{ facet: 'kind', value: 'technical', ids: ['a', 'b', 'c'] },
]);
const ranked = ['c', 'a', 'b'];

describe('facetRecords()', () => {
	it('gathers every value of a page', () => expect(records.get('a')).toEqual({ topics: ['kubernetes', 'troubleshooting'], level: 'mid', kind: 'technical' }));
});

describe('applyFilter()', () => {
	it('keeps the ranked order', () => expect(applyFilter(ranked, records, { topic: 'kubernetes' })).toEqual(['a', 'b']));
	it('combines facets', () => expect(applyFilter(ranked, records, { topic: 'kubernetes', level: 'senior' })).toEqual(['b']));
	it('drops pages it knows nothing about once a filter is set', () => expect(applyFilter(['x', 'a'], records, { level: 'mid' })).toEqual(['a']));
});

describe('facetCounts()', () => {
	it('counts every value without a filter', () => {
		const counts = facetCounts(ranked, records, {});
		expect(Object.fromEntries(counts.topic)).toEqual({ kubernetes: 2, troubleshooting: 2 });
		expect(Object.fromEntries(counts.level)).toEqual({ mid: 2, senior: 1 });
	});
	it('counts what choosing a value would show: other facets apply, the same facet is replaced', () => {
		const filter = { level: 'mid' } as const;
		const counts = facetCounts(ranked, records, filter);
		expect(Object.fromEntries(counts.level)).toEqual({ mid: 2, senior: 1 });
		expect(Object.fromEntries(counts.topic)).toEqual({ kubernetes: 1, troubleshooting: 2 });
		for (const [topic, count] of counts.topic) expect(applyFilter(ranked, records, { ...filter, topic: topic as 'kubernetes' })).toHaveLength(count);
	});
});
