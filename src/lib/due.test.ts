import { describe, expect, it } from 'vitest';
import { deckCounts, describeInterval, describeRelative, dueDate, isDue, lastReviewed, nextDue, unknownCardIds } from './due';
import { emptyProgress, type CardProgress } from './progress-document';

const NOW = new Date('2026-03-02T09:00:00.000Z');

const added = (changedAt: string, inDeck = true): CardProgress => ({ inDeck, changedAt, lastGrade: null, schedule: null });
const reviewed = (due: string, inDeck = true): CardProgress => ({
	inDeck,
	changedAt: '2026-02-20T09:00:00.000Z',
	lastGrade: 'good',
	schedule: { due, stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 3, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: '2026-02-20T09:00:00.000Z' },
});

describe('isDue()', () => {
	it('is due once the due time has come', () => {
		expect(isDue(reviewed('2026-03-02T09:00:00.000Z'), NOW)).toBe(true);
		expect(isDue(reviewed('2026-03-02T09:00:01.000Z'), NOW)).toBe(false);
	});
	it('counts a card never graded as due from when it was added', () => {
		expect(isDue(added('2026-03-01T00:00:00.000Z'), NOW)).toBe(true);
		expect(dueDate(added('2026-03-01T00:00:00.000Z'))).toEqual(new Date('2026-03-01T00:00:00.000Z'));
	});
	it('never counts a card dropped from the deck', () => expect(isDue(reviewed('2026-01-01T00:00:00.000Z', false), NOW)).toBe(false));
});

describe('lastReviewed()', () => {
	it('reads the last review, or nothing for a new card', () => {
		expect(lastReviewed(reviewed('2026-03-05T00:00:00.000Z'))).toEqual(new Date('2026-02-20T09:00:00.000Z'));
		expect(lastReviewed(added('2026-03-01T00:00:00.000Z'))).toBeUndefined();
	});
});

describe('deckCounts()', () => {
	const document = {
		...emptyProgress(NOW),
		cards: {
			1: reviewed('2026-03-01T00:00:00.000Z'),
			2: reviewed('2026-03-09T00:00:00.000Z'),
			3: added('2026-03-02T08:00:00.000Z'),
			4: reviewed('2026-03-01T00:00:00.000Z', false),
		},
	};
	const bank = [1, 2, 3, 4];
	it('counts the whole deck', () => expect(deckCounts(document, NOW, bank)).toEqual({ inDeck: 3, due: 2, reviewed: 3 }));
	it('counts only the given questions', () => expect(deckCounts(document, NOW, [2, 3, 4, 99])).toEqual({ inDeck: 2, due: 1, reviewed: 2 }));
	it('never counts a card whose question the bank lacks (F6)', () => {
		const withUnknown = { ...document, cards: { ...document.cards, 9999: added('2026-03-02T08:00:00.000Z'), 500: reviewed('2026-03-01T00:00:00.000Z') } };
		expect(deckCounts(withUnknown, NOW, bank)).toEqual(deckCounts(document, NOW, bank));
		expect(nextDue(withUnknown, NOW, bank)).toEqual(nextDue(document, NOW, bank));
		expect(unknownCardIds(withUnknown, bank)).toEqual([500, 9999]);
		expect(unknownCardIds(document, bank)).toEqual([]);
	});
	it('finds the next card to come due', () => {
		expect(nextDue(document, NOW, bank)).toEqual(new Date('2026-03-09T00:00:00.000Z'));
		expect(nextDue(document, NOW, [1, 3])).toBeUndefined();
	});
});

describe('describeRelative()', () => {
	it('uses the largest whole unit', () => {
		expect(describeRelative(new Date('2026-03-05T09:00:00.000Z'), NOW)).toBe('in 3 days');
		expect(describeRelative(new Date('2026-03-03T10:00:00.000Z'), NOW)).toBe('tomorrow');
		expect(describeRelative(new Date('2026-03-02T09:10:00.000Z'), NOW)).toBe('in 10 minutes');
		expect(describeRelative(new Date('2026-02-28T09:00:00.000Z'), NOW)).toBe('2 days ago');
		expect(describeRelative(new Date('2026-05-02T09:00:00.000Z'), NOW)).toBe('in 2 months');
	});
	it('rounds to the nearest of the unit it nearly fills', () => {
		expect(describeRelative(new Date('2026-03-02T09:00:59.500Z'), NOW)).toBe('in 1 minute');
		expect(describeRelative(new Date('2026-03-06T09:00:00.000Z'), NOW)).toBe('in 4 days');
		expect(describeRelative(new Date('2026-03-08T21:00:00.000Z'), NOW)).toBe('next week');
	});
	it('says "just now" or "in under a minute" well within a minute', () => {
		expect(describeRelative(new Date('2026-03-02T09:00:30.000Z'), NOW)).toBe('in under a minute');
		expect(describeRelative(new Date('2026-03-02T08:59:30.000Z'), NOW)).toBe('just now');
		expect(describeRelative(NOW, NOW)).toBe('just now');
	});
});

describe('describeInterval()', () => {
	it('gives short lengths for grade buttons', () => {
		expect(describeInterval(NOW, new Date('2026-03-02T09:01:00.000Z'))).toBe('1 min');
		expect(describeInterval(NOW, new Date('2026-03-02T09:10:00.000Z'))).toBe('10 min');
		expect(describeInterval(NOW, new Date('2026-03-03T09:00:00.000Z'))).toBe('1 day');
		expect(describeInterval(NOW, new Date('2026-03-10T09:00:00.000Z'))).toBe('1 week');
		expect(describeInterval(NOW, new Date('2026-03-06T09:00:00.000Z'))).toBe('4 days');
		expect(describeInterval(NOW, new Date('2026-03-02T09:00:20.000Z'))).toBe('< 1 min');
	});
});
