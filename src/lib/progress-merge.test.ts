import { describe, expect, it } from 'vitest';
import { emptyProgress } from './progress-document';
import { mergeProgress } from './progress-merge';
import { recordDrillRun, withOwnAnswer } from './progress-ops';
import { card, documentWith, NOW } from '../../tests/support/progress-fixtures';

describe('mergeProgress()', () => {
	it('keeps the latest review of each question and counts what happened', () => {
		const ours = documentWith({
			1: card({ lastReview: '2026-03-01T08:00:00.000Z' }),
			2: card({ lastReview: '2026-03-01T08:00:00.000Z' }),
			3: card(),
		});
		const theirs = documentWith({
			1: card({ lastReview: '2026-02-01T08:00:00.000Z' }),
			2: card({ lastReview: '2026-03-02T08:00:00.000Z' }),
			4: card(),
		});
		const result = mergeProgress(ours, theirs, NOW);
		expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
		expect(result.document.cards[1]).toBe(ours.cards[1]);
		expect(result.document.cards[2]).toBe(theirs.cards[2]);
		expect(result.document.cards[3]).toBe(ours.cards[3]);
		expect(result.document.cards[4]).toBe(theirs.cards[4]);
	});
});

describe('mergeProgress() of the review log and settings', () => {
	const entry = (id: number, at: string) => ({ id, grade: 'good' as const, at, due: '2026-03-09T00:00:00.000Z' });
	it('logs every review of both copies once, in time order', () => {
		const ours = { ...emptyProgress(NOW), reviews: [entry(1, '2026-03-01T00:00:00.000Z'), entry(2, '2026-03-03T00:00:00.000Z')] };
		const theirs = { ...emptyProgress(NOW), reviews: [entry(2, '2026-03-03T00:00:00.000Z'), entry(3, '2026-03-02T00:00:00.000Z')] };
		expect(mergeProgress(ours, theirs, NOW).document.reviews!.map((review) => review.id)).toEqual([1, 3, 2]);
		expect(mergeProgress(emptyProgress(NOW), emptyProgress(NOW), NOW).document).not.toHaveProperty('reviews');
	});
	it('keeps our settings, and takes theirs only when we have none', () => {
		const ours = { ...emptyProgress(NOW), settings: { desiredRetention: 0.85 } };
		const theirs = { ...emptyProgress(NOW), settings: { desiredRetention: 0.95 } };
		expect(mergeProgress(ours, theirs, NOW).document.settings).toEqual({ desiredRetention: 0.85 });
		expect(mergeProgress(emptyProgress(NOW), theirs, NOW).document.settings).toEqual({ desiredRetention: 0.95 });
	});
});

describe('mergeProgress() of drills and own answers', () => {
	it('keeps the larger count of a drill and its better best', () => {
		const ours = recordDrillRun(recordDrillRun(emptyProgress(NOW), 1, { impact: 10, minutesToMitigate: 20 }, NOW), 1, { impact: 11, minutesToMitigate: 20 }, NOW);
		const theirs = recordDrillRun(recordDrillRun(emptyProgress(NOW), 1, { impact: 4, minutesToMitigate: 8 }, NOW), 2, { impact: 1, minutesToMitigate: 2 }, NOW);
		const merged = mergeProgress(ours, theirs, NOW).document.drills!;
		expect(merged[1]).toMatchObject({ attempts: 2, best: { impact: 4 } });
		expect(merged[2]).toMatchObject({ attempts: 1, best: { impact: 1 } });
		expect(mergeProgress(emptyProgress(NOW), emptyProgress(NOW), NOW).document).not.toHaveProperty('drills');
	});

	it('keeps the later of two copies of an own answer', () => {
		const later = new Date(NOW.getTime() + 1000);
		const ours = withOwnAnswer(withOwnAnswer(emptyProgress(NOW), 1, 'ours, older', NOW), 2, 'ours, newer', later);
		const theirs = withOwnAnswer(withOwnAnswer(emptyProgress(NOW), 1, 'theirs, newer', later), 2, 'theirs, older', NOW);
		const merged = mergeProgress(ours, theirs, NOW).document.answers!;
		expect([merged[1].text, merged[2].text]).toEqual(['theirs, newer', 'ours, newer']);
	});
});
