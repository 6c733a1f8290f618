import { describe, expect, it } from 'vitest';
import { currentId, isFinished, move, recordGrade, reveal, startSession, stateBefore, tally } from './study-session';
import type { CardProgress } from './progress-document';

const saved: CardProgress = { inDeck: true, changedAt: '2026-03-01T00:00:00.000Z', lastGrade: null, schedule: null };

describe('a study session', () => {
	it('shows each card hidden, reveals it, and moves on when graded', () => {
		let session = startSession([7, 3, 9]);
		expect([currentId(session), session.revealed]).toEqual([7, false]);
		expect(recordGrade(session, 'good', undefined)).toBe(session);
		session = recordGrade(reveal(session), 'good', undefined);
		expect([currentId(session), session.revealed]).toEqual([3, false]);
		expect(session.results[7]).toEqual({ grade: 'good', before: undefined });
	});

	it('goes back to a graded card with its answer showing, and forward past ungraded ones', () => {
		let session = recordGrade(reveal(startSession([7, 3, 9])), 'again', saved);
		session = move(session, -1);
		expect([currentId(session), session.revealed]).toEqual([7, true]);
		session = move(move(session, 1), 1);
		expect([currentId(session), session.revealed]).toEqual([9, false]);
		expect(move(startSession([7]), -1).position).toBe(0);
	});

	it('keeps the state from before the session when a card is graded again', () => {
		const graded = { ...saved, lastGrade: 'again' as const };
		let session = recordGrade(reveal(startSession([7, 3])), 'again', saved);
		session = recordGrade(move(session, -1), 'good', graded);
		expect(session.results[7]).toEqual({ grade: 'good', before: saved });
		expect(stateBefore(session, 7, graded)).toBe(saved);
		expect(stateBefore(session, 3, graded)).toBe(graded);
	});

	it('ends on a summary that tallies grades and lists the cards missed', () => {
		let session = startSession([7, 3, 9]);
		session = recordGrade(reveal(session), 'again', undefined);
		session = recordGrade(reveal(session), 'good', undefined);
		session = move(session, 1);
		expect(isFinished(session)).toBe(true);
		expect(currentId(session)).toBeUndefined();
		expect(reveal(session)).toBe(session);
		expect(move(session, 1).position).toBe(3);
		expect(tally(session)).toEqual({ graded: 2, byGrade: { again: 1, hard: 0, good: 1, easy: 0 }, missed: [7] });
	});
});
