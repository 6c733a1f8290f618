import { describe, expect, it } from 'vitest';
import { excerpt, findMatches, isGenuineMatch, markSegments, wordIndexer, wordMatches } from './search-highlight';

const marked = (segments: { text: string; marked: boolean }[]) => segments.filter((s) => s.marked).map((s) => s.text);
const plain = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('wordMatches()', () => {
	it('matches short words whole, with a plural s', () => {
		expect(wordMatches('HA', 'ha')).toBe(true);
		expect(wordMatches('SLOs', 'slo')).toBe(true);
		expect(wordMatches('has', 'ha')).toBe(false);
		expect(wordMatches('slow', 'slo')).toBe(false);
	});
	it('matches longer words by the prefix of their stem', () => {
		expect(wordMatches('restarts', 'restarting')).toBe(true);
		expect(wordMatches('OOMKilled', 'oom')).toBe(false);
		expect(wordMatches('OOMKilled', 'oomkill')).toBe(true);
		expect(wordMatches('budgets', 'budget')).toBe(true);
		expect(wordMatches('budge', 'budget')).toBe(false);
	});
	it('ignores hyphens and case', () => {
		expect(wordMatches('On-Call', 'oncall')).toBe(true);
		expect(wordMatches('postmortem', 'post-mortem')).toBe(true);
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

describe('findMatches()', () => {
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

describe('markSegments()', () => {
	it('cuts text at the ranges', () => {
		expect(markSegments('a bc d', [{ start: 2, end: 4, phrase: 0 }])).toEqual([
			{ text: 'a ', marked: false },
			{ text: 'bc', marked: true },
			{ text: ' d', marked: false },
		]);
	});
});

describe('wordIndexer()', () => {
	it('maps an offset to its whitespace-separated word', () => {
		const { wordAt } = wordIndexer('one two  three');
		expect([wordAt(0), wordAt(5), wordAt(9), wordAt(13)]).toEqual([0, 1, 2, 2]);
	});
});

describe('excerpt()', () => {
	const words = (n: number, word = 'filler') => Array.from({ length: n }, () => word).join(' ');

	it('opens the text when nothing matches', () => {
		const text = words(40);
		const segments = excerpt(text, findMatches(text, [['absent']]), 10);
		expect(plain(segments)).toBe(`${words(10)} …`);
	});
	it('centres on the passage with the most different terms', () => {
		const text = `${words(30)} budget ${words(30)} error budget policy ${words(30)}`;
		const segments = excerpt(text, findMatches(text, [['error'], ['budget']]), 10);
		expect(marked(segments)).toEqual(['error', 'budget']);
		expect(plain(segments).startsWith('… ')).toBe(true);
		expect(plain(segments).endsWith(' …')).toBe(true);
	});
	it('shows a short text whole, without ellipses', () => {
		const text = 'Error budgets decide.';
		expect(plain(excerpt(text, findMatches(text, [['error']])))).toBe(text);
	});
});
