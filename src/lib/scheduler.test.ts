import { describe, expect, it } from 'vitest';
import { emptyProgress, GRADES, type CardProgress, type StoredSchedule } from './progress-document';
import { repairSchedules } from './schedule-repair';
import { gradeCard, previewDue, rescheduleForRetention, reviewLoad } from './scheduler';

const at = (iso: string) => new Date(iso);

describe('gradeCard()', () => {
	it('schedules a new card by FSRS learning steps: Good comes back in 10 minutes', () => {
		const graded = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		expect(graded).toMatchObject({ inDeck: true, changedAt: '2026-03-02T09:00:00.000Z', lastGrade: 'good' });
		expect(graded.schedule).toMatchObject({ due: '2026-03-02T09:10:00.000Z', reps: 1, state: 1, last_review: '2026-03-02T09:00:00.000Z' });
	});

	it('spaces successful reviews further apart: 10 minutes, then 2 days, then 11 days', () => {
		const first = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		const second = gradeCard(first, 'good', at(first.schedule!.due));
		expect(second.schedule!.due).toBe('2026-03-04T09:10:00.000Z');
		const third = gradeCard(second, 'good', at(second.schedule!.due));
		expect(third.schedule!.due).toBe('2026-03-15T09:10:00.000Z');
		expect(third.schedule!.state).toBe(2);
	});

	it('sends a forgotten card back to relearning and counts the lapse', () => {
		const first = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		const second = gradeCard(first, 'good', at(first.schedule!.due));
		const forgotten = gradeCard(second, 'again', at('2026-03-04T09:10:00.000Z'));
		expect(forgotten).toMatchObject({ lastGrade: 'again', schedule: { due: '2026-03-04T09:20:00.000Z', lapses: 1, state: 3 } });
	});

	it('puts a card that was dropped from the deck back in when graded', () => {
		const dropped = { ...gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z')), inDeck: false };
		expect(gradeCard(dropped, 'hard', at('2026-03-03T09:00:00.000Z')).inDeck).toBe(true);
	});

	it('is deterministic: same grades and dates, same schedule', () => {
		const now = at('2026-03-02T09:00:00.000Z');
		expect(gradeCard(undefined, 'easy', now)).toEqual(gradeCard(undefined, 'easy', now));
	});
});

describe('previewDue()', () => {
	it('gives the due date each grade would set', () => {
		expect(previewDue(undefined, at('2026-03-02T09:00:00.000Z'))).toEqual({
			again: at('2026-03-02T09:01:00.000Z'),
			hard: at('2026-03-02T09:06:00.000Z'),
			good: at('2026-03-02T09:10:00.000Z'),
			easy: at('2026-03-10T09:00:00.000Z'),
		});
	});
	it('matches what grading then does', () => {
		const card = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		const now = at('2026-03-02T09:10:00.000Z');
		expect(previewDue(card, now).good.toISOString()).toBe(gradeCard(card, 'good', now).schedule!.due);
	});
});

describe('schedules from outside (F1): what ts-fsrs refuses, and that repairSchedules() makes it gradeable', () => {
	const now = at('2026-03-10T09:00:00.000Z');
	const reviewed = (() => {
		const first = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		return gradeCard(first, 'good', at(first.schedule!.due));
	})();
	const cases: [string, Partial<StoredSchedule>][] = [
		['stability below zero', { stability: -5 }],
		['stability zero with a difficulty', { stability: 0 }],
		['negative difficulty', { difficulty: -1 }],
		['a last review 30 hours ahead', { last_review: '2026-03-11T15:00:00.000Z' }],
	];
	for (const [name, change] of cases) {
		it(name, () => {
			const broken: CardProgress = { ...reviewed, schedule: { ...reviewed.schedule!, ...change } };
			expect(() => gradeCard(broken, 'good', now)).toThrow();
			const { document, repairs } = repairSchedules({ ...emptyProgress(now), cards: { 7: broken } }, now);
			expect(repairs).toHaveLength(1);
			for (const grade of GRADES) expect(gradeCard(document.cards[7], grade, now).schedule!.due > now.toISOString()).toBe(true);
			expect(() => previewDue(document.cards[7], now)).not.toThrow();
		});
	}

	it('leaves valid schedules alone, including a last review earlier the same moment', () => {
		const document = { ...emptyProgress(now), cards: { 1: reviewed, 2: { ...reviewed, inDeck: false } } };
		expect(repairSchedules(document, now)).toEqual({ document, repairs: [] });
	});
});

describe('desired retention', () => {
	const now = at('2026-03-10T09:00:00.000Z');
	const reviewed = (() => {
		const first = gradeCard(undefined, 'good', at('2026-03-02T09:00:00.000Z'));
		return gradeCard(first, 'good', at(first.schedule!.due));
	})();

	it('brings reviews closer when it is higher, and spaces them when it is lower', () => {
		const due = (retention: number) => Date.parse(gradeCard(reviewed, 'good', now, retention).schedule!.due);
		expect(due(0.95)).toBeLessThan(due(0.9));
		expect(due(0.8)).toBeGreaterThan(due(0.9));
	});

	it('costs more reviews above the default and fewer below', () => {
		expect(reviewLoad(0.9)).toBe(1);
		expect(reviewLoad(0.95)).toBeGreaterThan(1.8);
		expect(reviewLoad(0.8)).toBeLessThan(0.6);
	});

	it('reschedules reviewed cards from their last review, and leaves learning cards alone', () => {
		const learning = gradeCard(undefined, 'good', now);
		const document = { ...emptyProgress(now), cards: { 1: reviewed, 2: learning } };
		const { document: rescheduled, moved } = rescheduleForRetention(document, 0.95);
		expect(reviewed.schedule!.state).toBe(2);
		expect(moved).toBe(1);
		expect(Date.parse(rescheduled.cards[1].schedule!.due)).toBeLessThan(Date.parse(reviewed.schedule!.due));
		expect(Date.parse(rescheduled.cards[1].schedule!.due)).toBeGreaterThan(Date.parse(reviewed.schedule!.last_review!));
		expect(rescheduled.cards[2]).toBe(learning);
		expect(rescheduleForRetention(rescheduled, 0.95).moved).toBe(0);
	});
});
