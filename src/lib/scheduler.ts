/**
 * Spaced repetition with FSRS (ts-fsrs, default parameters: 90 % target retention, no fuzz, so the
 * same grades on the same dates always give the same schedule). Converts between the stored plain
 * fields of `progress-store.ts` and ts-fsrs cards. Imports ts-fsrs, so only the study and mock
 * interview scripts may import this module.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardProgress, Grade, StoredSchedule } from './progress-store';

const scheduler = fsrs();

const RATINGS: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toFsrsCard(schedule: StoredSchedule | null, now: Date): Card {
	if (!schedule) return createEmptyCard(now);
	return {
		...schedule,
		due: new Date(schedule.due),
		last_review: schedule.last_review ? new Date(schedule.last_review) : undefined,
	};
}

function toStoredSchedule(card: Card): StoredSchedule {
	return {
		due: card.due.toISOString(),
		stability: card.stability,
		difficulty: card.difficulty,
		// Deprecated in ts-fsrs 5 but still read by its scheduler, so it is kept until 6.0 drops it.
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		last_review: card.last_review ? card.last_review.toISOString() : null,
	};
}

/**
 * The card after the reader grades it at `now`: next due date from FSRS, last grade recorded, and
 * in the deck (grading a card is how it joins). `previous` is undefined for a card never saved.
 */
export function gradeCard(previous: CardProgress | undefined, grade: Grade, now: Date): CardProgress {
	const { card } = scheduler.next(toFsrsCard(previous?.schedule ?? null, now), now, RATINGS[grade]);
	return { inDeck: true, changedAt: now.toISOString(), lastGrade: grade, schedule: toStoredSchedule(card) };
}

/** When the card would next be due for each grade, for the hints on the grade buttons. */
export function previewDue(previous: CardProgress | undefined, now: Date): Record<Grade, Date> {
	const outcomes = scheduler.repeat(toFsrsCard(previous?.schedule ?? null, now), now);
	return {
		again: outcomes[Rating.Again].card.due,
		hard: outcomes[Rating.Hard].card.due,
		good: outcomes[Rating.Good].card.due,
		easy: outcomes[Rating.Easy].card.due,
	};
}
