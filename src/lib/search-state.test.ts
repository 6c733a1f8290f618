import { describe, expect, it } from 'vitest';
import { hasFilter, highlightQuery, parseSearchState, sameSearch, searchPageHref, searchStateToParams, toggleFacet, withHighlight } from './search-state';

describe('parseSearchState()', () => {
	it('reads the query and known filters', () => {
		expect(parseSearchState(new URLSearchParams('q=%20error%20%20budget&topic=slo-sli&level=guru'))).toEqual({
			query: 'error budget',
			filter: { topic: 'slo-sli', level: undefined, kind: undefined },
		});
	});
	it('reads an empty search', () => expect(parseSearchState(new URLSearchParams('')).query).toBe(''));
});

describe('searchStateToParams()', () => {
	it('writes the query first and leaves out empty fields', () => {
		expect(searchStateToParams({ query: 'RTO ', filter: { kind: 'design', topic: 'disaster-recovery' } }).toString()).toBe('q=RTO&topic=disaster-recovery&kind=design');
		expect(searchStateToParams({ query: '', filter: {} }).toString()).toBe('');
	});
	it('round-trips through parseSearchState()', () => {
		const state = { query: 'ci/cd & p99', filter: { level: 'senior' as const } };
		const parsed = parseSearchState(searchStateToParams(state));
		expect(sameSearch(parsed, state)).toBe(true);
		expect(parsed.query).toBe('ci/cd & p99');
	});
});

describe('searchPageHref()', () => {
	it('links to the search page under the base', () => {
		expect(searchPageHref({ query: 'error budget', filter: { topic: 'slo-sli' } }, '/sre-prep/')).toBe('/sre-prep/search/?q=error+budget&topic=slo-sli');
		expect(searchPageHref({ query: '', filter: {} }, '/')).toBe('/search/');
	});
});

describe('withHighlight()', () => {
	it('adds the search to a result URL, keeping other parameters and the hash', () => {
		expect(withHighlight('/sre-prep/questions/x/', 'error budget')).toBe('/sre-prep/questions/x/?highlight=error+budget');
		expect(withHighlight('/q/x/?a=1#the-budget', 'k8s')).toBe('/q/x/?a=1&highlight=k8s#the-budget');
	});
	it('leaves the URL alone for an empty search', () => expect(withHighlight('/x/#h', '  ')).toBe('/x/#h'));
	it('is read back by highlightQuery()', () => {
		const url = new URL(withHighlight('/x/', 'CI/CD p99'), 'http://host');
		expect(highlightQuery(url.searchParams)).toBe('CI/CD p99');
	});
});

describe('toggleFacet()', () => {
	it('chooses, replaces and clears a value', () => {
		const chosen = toggleFacet({}, 'level', 'mid');
		expect(chosen).toEqual({ level: 'mid' });
		expect(toggleFacet(chosen, 'level', 'senior')).toEqual({ level: 'senior' });
		expect(toggleFacet(chosen, 'level', 'mid')).toEqual({});
	});
	it('reports whether anything is chosen', () => {
		expect(hasFilter({})).toBe(false);
		expect(hasFilter({ kind: 'design' })).toBe(true);
	});
});
