/**
 * A flashcard session as a value: which card is showing, whether its answer is revealed, and the
 * grade given to each card. The custom element renders it; these functions move it on. Pure.
 */
import type { CardProgress, Grade } from './progress-document';

export interface SessionResult {
	grade: Grade;
	/** The card as saved before this session touched it, so a changed grade is scheduled from there. */
	before: CardProgress | undefined;
}

export interface StudySession {
	/** Question ids in study order. */
	readonly ids: readonly number[];
	/** Index of the card showing; `ids.length` is the summary after the last card. */
	readonly position: number;
	readonly revealed: boolean;
	/** Grades given in this session, by question id. */
	readonly results: Readonly<Record<number, SessionResult>>;
}

export function startSession(ids: readonly number[]): StudySession {
	return { ids, position: 0, revealed: false, results: {} };
}

/** The id of the card showing, or undefined on the summary. */
export function currentId(session: StudySession): number | undefined {
	return session.ids[session.position];
}

export function isFinished(session: StudySession): boolean {
	return session.position >= session.ids.length;
}

export function reveal(session: StudySession): StudySession {
	return isFinished(session) ? session : { ...session, revealed: true };
}

/** Moves by `step` cards (back is -1), stopping at the first card and at the summary. A graded card shows its answer. */
export function move(session: StudySession, step: number): StudySession {
	const position = Math.min(Math.max(session.position + step, 0), session.ids.length);
	const id = session.ids[position];
	return { ...session, position, revealed: id !== undefined && id in session.results };
}

/**
 * Records the grade of the card showing and moves to the next. Grading a card again in the same
 * session replaces its grade but keeps the state from before the session.
 */
export function recordGrade(session: StudySession, grade: Grade, saved: CardProgress | undefined): StudySession {
	const id = currentId(session);
	if (id === undefined || !session.revealed) return session;
	const before = stateBefore(session, id, saved);
	return move({ ...session, results: { ...session.results, [id]: { grade, before } } }, 1);
}

/** The state to schedule a grade from: the card as it was before this session, else as saved now. */
export function stateBefore(session: StudySession, id: number, saved: CardProgress | undefined): CardProgress | undefined {
	return id in session.results ? session.results[id].before : saved;
}

export interface SessionTally {
	graded: number;
	byGrade: Record<Grade, number>;
	/** Ids graded "Again", in study order, to go over once more. */
	missed: number[];
}

export function tally(session: StudySession): SessionTally {
	const byGrade: Record<Grade, number> = { again: 0, hard: 0, good: 0, easy: 0 };
	const graded = session.ids.filter((id) => id in session.results);
	for (const id of graded) byGrade[session.results[id].grade]++;
	return { graded: graded.length, byGrade, missed: graded.filter((id) => session.results[id].grade === 'again') };
}
