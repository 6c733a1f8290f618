import { describe, expect, it } from 'vitest';
import { questionSchema } from './question-schema';

const valid = {
	id: 17,
	title: 'What makes an alert worth paging someone for?',
	summary: 'Page on symptoms users feel.',
	topics: ['alerting', 'slo-sli'],
	level: 'mid',
	kind: 'technical',
	keyPoints: ['a', 'b', 'c'],
	followUps: [{ question: 'x?', answer: 'Answer to x?' }, { question: 'y?', answer: 'Answer to y?' }],
	seniorSignals: ['Names the cost', 'Changes the policy'],
	updated: '2026-11-29',
};

const issuesOf = (data: unknown) => {
	const result = questionSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('questionSchema', () => {
	it('accepts a valid question and applies defaults', () => {
		const parsed = questionSchema.parse(valid);
		expect(parsed.related).toEqual([]);
		expect(parsed.aliases).toEqual([]);
		expect(parsed.keywords).toEqual([]);
		expect(parsed.updated).toEqual(new Date('2026-11-29'));
	});
	it('names a missing field', () => {
		const { title: _title, ...rest } = valid;
		expect(issuesOf(rest)).toEqual([expect.stringMatching(/^title: /)]);
	});
	it('rejects an unknown topic', () => expect(issuesOf({ ...valid, topics: ['cooking'] })[0]).toMatch(/^topics\.0: /));
	it('rejects too many topics and repeated topics', () => {
		expect(issuesOf({ ...valid, topics: ['alerting', 'slo-sli', 'on-call', 'capacity'] })).toEqual(['topics: allows at most three topics']);
		expect(issuesOf({ ...valid, topics: ['alerting', 'alerting'] })).toEqual(['topics: must not repeat a topic']);
	});
	it('bounds key points and follow-ups', () => {
		expect(issuesOf({ ...valid, keyPoints: ['a', 'b'] })).toEqual(['keyPoints: needs at least 3 key points']);
		const followUp = { question: 'q?', answer: 'a.' };
		expect(issuesOf({ ...valid, followUps: Array(6).fill(followUp) })).toEqual(['followUps: allows at most 5 follow-ups']);
	});
	it('needs a model answer for every follow-up, and 2-4 senior signals', () => {
		expect(issuesOf({ ...valid, followUps: ['x?', 'y?'] })).toEqual([expect.stringMatching(/^followUps\.0: /), expect.stringMatching(/^followUps\.1: /)]);
		expect(issuesOf({ ...valid, followUps: [{ question: 'x?' }, { question: 'y?', answer: ' ' }] })).toEqual([
			expect.stringMatching(/^followUps\.0\.answer: /),
			'followUps.1.answer: must not be empty',
		]);
		expect(issuesOf({ ...valid, seniorSignals: ['one'] })).toEqual(['seniorSignals: needs at least 2 senior signals']);
		const { seniorSignals: _signals, ...withoutSignals } = valid;
		expect(issuesOf(withoutSignals)).toEqual([expect.stringMatching(/^seniorSignals: /)]);
	});
	it('accepts a story with a title and a causal core', () => {
		expect(questionSchema.parse({ ...valid, story: { title: 'T', core: 'C' } }).story).toEqual({ title: 'T', core: 'C', alsoAnswers: [] });
		expect(issuesOf({ ...valid, story: { title: 'T' } })[0]).toMatch(/^story\.core: /);
	});
	it('limits the summary to 200 characters', () => {
		expect(issuesOf({ ...valid, summary: 'x'.repeat(201) })).toEqual(['summary: must be at most 200 characters']);
	});
	it('rejects a non-positive or fractional id, a bad level and a bad kind', () => {
		expect(issuesOf({ ...valid, id: 0 })[0]).toMatch(/^id: /);
		expect(issuesOf({ ...valid, id: 1.5 })[0]).toMatch(/^id: /);
		expect(issuesOf({ ...valid, level: 'guru' })[0]).toMatch(/^level: /);
		expect(issuesOf({ ...valid, kind: 'trivia' })[0]).toMatch(/^kind: /);
	});
	it('rejects unknown fields, so typos do not pass silently', () => {
		expect(issuesOf({ ...valid, keypoints: ['a'] })).toHaveLength(1);
	});
	it('requires kebab-case aliases', () => expect(issuesOf({ ...valid, aliases: ['Old Slug'] })[0]).toMatch(/^aliases\.0: /));
});
