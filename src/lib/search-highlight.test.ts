import { describe, expect, it } from 'vitest';
import { findMatches, isGenuineMatch } from './search-highlight';

describe('findMatches()', () => {
	const matches = (text: string, word: string) => findMatches(text, [[word]]).length > 0;
	it('matches short words whole, with a plural s', () => {
		expect(matches('HA', 'ha')).toBe(true);
		expect(matches('SLOs', 'slo')).toBe(true);
		expect(matches('has', 'ha')).toBe(false);
		expect(matches('slow', 'slo')).toBe(false);
	});
	it('matches longer words by the prefix of their stem', () => {
		expect(matches('restarts', 'restarting')).toBe(true);
		expect(matches('OOMKilled', 'oom')).toBe(false);
		expect(matches('OOMKilled', 'oomkill')).toBe(true);
		expect(matches('budgets', 'budget')).toBe(true);
		expect(matches('budge', 'budget')).toBe(false);
	});
	it('ignores hyphens and case', () => {
		expect(matches('On-Call', 'oncall')).toBe(true);
		expect(matches('postmortem', 'post-mortem')).toBe(true);
	});
	it('finds words and phrases with their offsets', () => {
		expect(findMatches('Error budgets and high availability, not high load.', [['error'], ['high', 'availability']])).toEqual([
			{ start: 0, end: 5, phrase: 0 },
			{ start: 18, end: 35, phrase: 1 },
		]);
	});
	it('prefers the longer phrase at a position', () => {
		expect(findMatches('disaster recovery', [['disaster'], ['disaster', 'recovery']])).toEqual([{ start: 0, end: 17, phrase: 1 }]);
	});
	it('keeps terms with inner punctuation whole', () => {
		expect(findMatches('Our CI/CD runs 99.9% of the time', [['ci/cd'], ['99.9']]).map((m) => m.phrase)).toEqual([0, 1]);
	});
});

describe('isGenuineMatch()', () => {
	const text = 'If X fails, Kubernetes restarts the pod.';
	it('accepts words the text shares a prefix with, typos included', () => {
		expect(isGenuineMatch(text, ['kubernetez'])).toBe(true);
		expect(isGenuineMatch(text, ['restarting', 'pods'])).toBe(true);
		expect(isGenuineMatch(text, ['x'])).toBe(true);
	});
	it('rejects a word whose only match is a shorter fallback', () => {
		expect(isGenuineMatch(text, ['xylophone'])).toBe(false);
		expect(isGenuineMatch(text, ['kubernetes', 'zebra'])).toBe(false);
	});
});
