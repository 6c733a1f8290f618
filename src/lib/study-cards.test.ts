import { describe, expect, it } from 'vitest';
import { readStudyCards, toStudyCard } from './study-cards';
import { questionSchema } from './question-schema';

const data = questionSchema.parse({
	id: 17,
	title: 'What makes an alert worth paging?',
	summary: 's',
	topics: ['alerting', 'on-call'],
	level: 'mid',
	kind: 'technical',
	keyPoints: ['a', 'Run `kill -9` last', 'c'],
	followUps: [{ question: 'x', answer: 'Answer to x' }, { question: 'y', answer: 'Answer to y' }],
	seniorSignals: ['Names the cost', 'Changes the policy'],
	keywords: ['pager'],
	updated: '2026-01-01',
});

describe('toStudyCard()', () => {
	it('keeps what a card shows and nothing else', () => {
		const followUps = [{ question: 'x', answerHtml: '<p>Answer to x</p>' }];
		expect(toStudyCard({ slug: 'alerts', file: 'content/questions/alerts.mdx', data }, { openingHtml: '<p>Page on symptoms.</p>', followUps })).toEqual({
			id: 17,
			title: 'What makes an alert worth paging?',
			slug: 'alerts',
			topics: ['alerting', 'on-call'],
			level: 'mid',
			kind: 'technical',
			openingHtml: '<p>Page on symptoms.</p>',
			keyPoints: ['a', 'Run `kill -9` last', 'c'],
			seniorSignals: ['Names the cost', 'Changes the policy'],
			followUps,
		});
	});
});

describe('readStudyCards()', () => {
	it('accepts the current format only', () => {
		expect(readStudyCards({ version: 3, cards: [] })).toEqual([]);
		expect(readStudyCards({ version: 2, cards: [] })).toBeUndefined();
		expect(readStudyCards('<!doctype html>')).toBeUndefined();
		expect(readStudyCards(null)).toBeUndefined();
	});
});
