import { describe, expect, it } from 'vitest';
import { filterToParams, matchesFilter, parseFilter } from './question-filter';

const question = { topics: ['alerting', 'on-call'], level: 'mid', kind: 'technical' };

describe('parseFilter()', () => {
	it('reads known values', () => {
		expect(parseFilter(new URLSearchParams('topic=alerting&level=senior&kind=design'))).toEqual({ topic: 'alerting', level: 'senior', kind: 'design' });
	});
	it('drops unknown values', () => {
		expect(parseFilter(new URLSearchParams('topic=cooking&level=guru'))).toEqual({ topic: undefined, level: undefined, kind: undefined });
	});
	it('round-trips through filterToParams()', () => {
		const filter = { topic: 'on-call', kind: 'behavioral' } as const;
		expect(filterToParams(filter).toString()).toBe('topic=on-call&kind=behavioral');
		expect(parseFilter(filterToParams(filter))).toEqual({ ...filter, level: undefined });
	});
});

describe('matchesFilter()', () => {
	it('matches everything with an empty filter', () => expect(matchesFilter(question, {})).toBe(true));
	it('matches a secondary topic', () => expect(matchesFilter(question, { topic: 'on-call' })).toBe(true));
	it('requires every set field', () => {
		expect(matchesFilter(question, { topic: 'alerting', level: 'mid' })).toBe(true);
		expect(matchesFilter(question, { topic: 'alerting', level: 'senior' })).toBe(false);
		expect(matchesFilter(question, { kind: 'design' })).toBe(false);
	});
});
