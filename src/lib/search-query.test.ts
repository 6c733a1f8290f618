import { describe, expect, it } from 'vitest';
import { highlightPhrases, MAX_QUERY_LENGTH, normaliseQuery, queryTerms, queryWords } from './search-query';

describe('normaliseQuery()', () => {
	it('trims and collapses whitespace', () => expect(normaliseQuery('  error \n  budget ')).toBe('error budget'));
	it('caps the length', () => expect(normaliseQuery('x'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH));
});

describe('queryWords()', () => {
	it('lowercases and drops punctuation around words', () => {
		expect(queryWords('What is an SLO? (really), "burn-rate"!')).toEqual(['what', 'is', 'an', 'slo', 'really', 'burn-rate']);
	});
	it('keeps punctuation that belongs to a term', () => {
		expect(queryWords('CI/CD 99.9% on-call c++ exit-code-137')).toEqual(['ci/cd', '99.9', 'on-call', 'c++', 'exit-code-137']);
	});
	it('returns nothing for blank or punctuation-only input', () => expect(queryWords(' ?! ')).toEqual([]));
	it('joins a word across its apostrophe, straight or curly, as Pagefind indexes it', () => {
		expect(queryWords("Don't page on the kubelet’s CPU, 'please'")).toEqual(['dont', 'page', 'on', 'the', 'kubelets', 'cpu', 'please']);
	});
});

describe('queryTerms()', () => {
	it('treats names Object.prototype has as plain words', () => {
		for (const word of ['constructor', 'valueof', 'tostring', 'hasownproperty']) {
			expect(queryTerms(`${word} oom`)).toEqual([
				{ word, alternatives: [word] },
				{ word: 'oom', alternatives: ['oom', 'oomkilled', 'out of memory'] },
			]);
		}
	});
	it('drops filler words and repeats', () => {
		expect(queryTerms('what is SRE vs DevOps, sre').map((term) => term.word)).toEqual(['sre', 'devops']);
	});
	it('drops contractions as filler, leaving no stray letter', () => {
		expect(queryTerms("What's an error budget? Don't page on CPU").map((term) => term.word)).toEqual(['error', 'budget', 'page', 'cpu']);
	});
	it('keeps filler words when the query has nothing else', () => {
		expect(queryTerms('how to').map((term) => term.word)).toEqual(['how', 'to']);
	});
	it('adds synonyms after the word itself', () => {
		expect(queryTerms('k8s upgrades')).toEqual([
			{ word: 'k8s', alternatives: ['k8s', 'kubernetes'] },
			{ word: 'upgrades', alternatives: ['upgrades'] },
		]);
	});
	it('expands the abbreviations readers type', () => {
		for (const [word, expansion] of [
			['ha', 'high availability'],
			['dr', 'disaster recovery'],
			['rca', 'root cause'],
			['iac', 'infrastructure as code'],
			['oom', 'oomkilled'],
			['mttr', 'time to recover'],
		]) {
			expect(queryTerms(word)[0].alternatives).toContain(expansion);
		}
	});
});

describe('highlightPhrases()', () => {
	it('lists each alternative once, as words', () => {
		expect(highlightPhrases('HA ha setup')).toEqual([['ha'], ['high', 'availability'], ['setup']]);
	});
});
