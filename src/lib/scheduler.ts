/**
 * Spaced repetition with FSRS (ts-fsrs, default parameters, the reader's desired retention (90 % by
 * default), no fuzz, so the same grades on the same dates always give the same schedule). Converts
 * between the stored plain fields of `progress-document.ts` and ts-fsrs cards. Imports ts-fsrs, so only
 * the study and mock interview scripts may import this module.
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { DEFAULT_RETENTION, type CardProgress, type Grade, type ProgressDocument, type StoredSchedule } from './progress-document';
import { withCard } from './progress-ops';

const schedulers = new Map<number, FSRS>();

/** The scheduler for a desired retention, made once per value. */
function schedulerFor(retention: number): FSRS {
	let scheduler = schedulers.get(retention);
	if (!scheduler) schedulers.set(retention, (scheduler = fsrs({ request_retention: retention })));
	return scheduler;
}

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
export function gradeCard(previous: CardProgress | undefined, grade: Grade, now: Date, retention = DEFAULT_RETENTION): CardProgress {
	const { card } = schedulerFor(retention).next(toFsrsCard(previous?.schedule ?? null, now), now, RATINGS[grade]);
	return { inDeck: true, changedAt: now.toISOString(), lastGrade: grade, schedule: toStoredSchedule(card) };
}

/** When the card would next be due for each grade, for the hints on the grade buttons. */
export function previewDue(previous: CardProgress | undefined, now: Date, retention = DEFAULT_RETENTION): Record<Grade, Date> {
	const outcomes = schedulerFor(retention).repeat(toFsrsCard(previous?.schedule ?? null, now), now);
	return {
		again: outcomes[Rating.Again].card.due,
		hard: outcomes[Rating.Hard].card.due,
		good: outcomes[Rating.Good].card.due,
		easy: outcomes[Rating.Easy].card.due,
	};
}

const DAY_MS = 86_400_000;

/**
 * Every card in review moved to the due date the new retention gives it: the interval FSRS computes
 * from the card's stability, counted from its last review. Cards still learning keep their short
 * steps. Returns the document and how many due dates moved.
 */
export function rescheduleForRetention(document: ProgressDocument, retention: number): { document: ProgressDocument; moved: number } {
	const scheduler = schedulerFor(retention);
	let next = document;
	let moved = 0;
	for (const [id, card] of Object.entries(document.cards)) {
		const schedule = card.schedule;
		if (!schedule || schedule.state !== State.Review || !schedule.last_review) continue;
		const days = scheduler.next_interval(schedule.stability, 0);
		const due = new Date(Date.parse(schedule.last_review) + days * DAY_MS).toISOString();
		if (due === schedule.due) continue;
		next = withCard(next, Number(id), { ...card, schedule: { ...schedule, due, scheduled_days: days } });
		moved++;
	}
	return { document: next, moved };
}

/** How many reviews a retention costs against the default, for a card of typical stability: 2.2 means 2.2 times as many. */
export function reviewLoad(retention: number): number {
	const stability = 100;
	return schedulerFor(DEFAULT_RETENTION).next_interval(stability, 0) / schedulerFor(retention).next_interval(stability, 0);
}
