/**
 * Changes to a progress document (`progress-document.ts`), each a pure function from the old
 * document to a new one, and which of two copies of a card is newer. Nothing here reads or writes
 * storage: `progress-store.ts` applies these to what is stored. Merging whole documents is in
 * `progress-merge.ts`.
 */
import type { CardProgress, ProgressDocument, ReviewLogEntry } from './progress-document';
import { DEFAULT_RETENTION } from './progress-document';

/** The document with one question's record replaced. */
export function withCard(document: ProgressDocument, id: number, card: CardProgress): ProgressDocument {
	return { ...document, cards: { ...document.cards, [id]: card } };
}

/** Puts a question in the deck. A card seen before keeps its schedule; a new one is due at once. */
export function addToDeck(document: ProgressDocument, id: number, now: Date): ProgressDocument {
	const existing = document.cards[id];
	const changedAt = now.toISOString();
	return withCard(document, id, existing ? { ...existing, inDeck: true, changedAt } : { inDeck: true, changedAt, lastGrade: null, schedule: null });
}

/** Takes a question out of the deck but keeps its history, so adding it back resumes the schedule. */
export function dropFromDeck(document: ProgressDocument, id: number, now: Date): ProgressDocument {
	const existing = document.cards[id];
	return existing ? withCard(document, id, { ...existing, inDeck: false, changedAt: now.toISOString() }) : document;
}

/** A finished drill run, as the drill element reports it. */
export interface DrillRun {
	impact: number;
	/** Undefined when the incident was not mitigated. */
	minutesToMitigate: number | undefined;
}

/** Counts a finished run of drill `id` and keeps it as the best when it was mitigated with less impact. */
export function recordDrillRun(document: ProgressDocument, id: number, run: DrillRun, now: Date): ProgressDocument {
	const previous = document.drills?.[id];
	const at = now.toISOString();
	const better = run.minutesToMitigate !== undefined && (!previous?.best || run.impact < previous.best.impact);
	const best = better ? { impact: run.impact, minutesToMitigate: run.minutesToMitigate!, at } : (previous?.best ?? null);
	return { ...document, drills: { ...document.drills, [id]: { attempts: (previous?.attempts ?? 0) + 1, best, changedAt: at } } };
}

/** The desired retention the reader chose, or the default. */
export const desiredRetention = (document: ProgressDocument): number => document.settings?.desiredRetention ?? DEFAULT_RETENTION;

/** Saves a graded card and adds the grade to the review log. */
export function withGradedCard(document: ProgressDocument, id: number, card: CardProgress): ProgressDocument {
	const entry: ReviewLogEntry | undefined =
		card.lastGrade && card.schedule?.last_review ? { id, grade: card.lastGrade, at: card.schedule.last_review, due: card.schedule.due } : undefined;
	const next = withCard(document, id, card);
	return entry ? { ...next, reviews: [...(document.reviews ?? []), entry] } : next;
}

/** Saves the reader's own answer to question `id`; an empty (or blank) text removes it. */
export function withOwnAnswer(document: ProgressDocument, id: number, text: string, now: Date): ProgressDocument {
	const { [id]: _previous, ...others } = document.answers ?? {};
	const answers = text.trim() === '' ? others : { ...others, [id]: { text, changedAt: now.toISOString() } };
	return { ...document, answers };
}

/** The last time a card was reviewed, in milliseconds, or -Infinity if never. */
function lastReviewTime(card: CardProgress): number {
	return card.schedule?.last_review ? Date.parse(card.schedule.last_review) : Number.NEGATIVE_INFINITY;
}

/** True when `candidate` holds later work than `current`: a later review, or on a tie a later change. */
export function isNewerRecord(candidate: CardProgress, current: CardProgress): boolean {
	const candidateReview = lastReviewTime(candidate);
	const currentReview = lastReviewTime(current);
	if (candidateReview !== currentReview) return candidateReview > currentReview;
	return Date.parse(candidate.changedAt) > Date.parse(current.changedAt);
}
