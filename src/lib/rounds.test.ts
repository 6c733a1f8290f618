import { describe, expect, it } from 'vitest';
import { getRound, groupByRound, roundOf, ROUNDS } from './rounds';

describe('roundOf()', () => {
	it('puts the kind first: a troubleshooting question about Linux is practised in the troubleshooting round', () => {
		expect(roundOf({ kind: 'troubleshooting', topics: ['linux'] })).toBe('troubleshooting');
		expect(roundOf({ kind: 'leadership', topics: ['on-call'] })).toBe('behavioral');
		expect(roundOf({ kind: 'coding', topics: ['coding', 'linux'] })).toBe('coding');
		expect(roundOf({ kind: 'design', topics: ['resilience'] })).toBe('design');
	});
	it('then the primary topic, and SRE practice for the rest', () => {
		expect(roundOf({ kind: 'technical', topics: ['linux', 'kubernetes'] })).toBe('linux');
		expect(roundOf({ kind: 'technical', topics: ['kubernetes', 'linux'] })).toBe('sre-practice');
		expect(roundOf({ kind: 'technical', topics: ['distributed-systems'] })).toBe('design');
		expect(roundOf({ kind: 'technical', topics: ['networking'] })).toBe('networking');
	});
});

describe('groupByRound()', () => {
	it('follows the loop order, keeps item order and drops empty rounds', () => {
		const item = (id: number, kind: 'technical' | 'behavioral', topic: 'linux' | 'slo-sli') => ({ id, data: { kind, topics: [topic] as ['linux'] } });
		const groups = groupByRound([item(1, 'behavioral', 'slo-sli'), item(2, 'technical', 'slo-sli'), item(3, 'technical', 'linux'), item(4, 'technical', 'linux')]);
		expect(groups.map(({ round, items }) => [round.slug, items.map((i) => i.id)])).toEqual([
			['linux', [3, 4]],
			['sre-practice', [2]],
			['behavioral', [1]],
		]);
	});
});

describe('getRound()', () => {
	it('finds every round and rejects an unknown one', () => {
		for (const round of ROUNDS) expect(getRound(round.slug)).toBe(round);
		expect(() => getRound('cooking')).toThrow('Unknown round "cooking"');
	});
});
