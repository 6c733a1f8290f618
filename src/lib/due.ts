/**
 * When saved cards are due, and how to say it. Kept apart from `scheduler.ts` on purpose: the home,
 * topic and question pages show due counts and dates but must not download the FSRS library.
 */
import type { CardProgress, ProgressDocument } from './progress-document';
import { countOf } from './plural';

/** When a card in the deck is next due; a card never graded is due from the moment it was added. */
export function dueDate(card: CardProgress): Date {
	return new Date(card.schedule ? card.schedule.due : card.changedAt);
}

/** True when the card is in the deck and its due time has come. */
export function isDue(card: CardProgress, now: Date): boolean {
	return card.inDeck && dueDate(card).getTime() <= now.getTime();
}

/** When the card was last graded, or undefined if never. */
export function lastReviewed(card: CardProgress): Date | undefined {
	return card.schedule?.last_review ? new Date(card.schedule.last_review) : undefined;
}

/**
 * The saved cards of the given questions. Callers always pass the ids they count (the bank's, or a
 * topic's): a document can hold cards of questions this bank lacks (imported from a larger or newer
 * bank), and those are kept but never counted.
 */
function savedCards(document: ProgressDocument, ids: readonly number[]): CardProgress[] {
	return ids.flatMap((id) => (Object.hasOwn(document.cards, id) ? [document.cards[id]] : []));
}

/** Ids of saved cards that are not among `knownIds`, in number order. */
export function unknownCardIds(document: ProgressDocument, knownIds: readonly number[]): number[] {
	const known = new Set(knownIds);
	return Object.keys(document.cards)
		.map(Number)
		.filter((id) => !known.has(id))
		.sort((a, b) => a - b);
}

export interface DeckCounts {
	/** Cards in the deck. */
	inDeck: number;
	/** Cards in the deck that are due now. */
	due: number;
	/** Cards graded at least once, in the deck or not. */
	reviewed: number;
}

/** Deck, due and reviewed counts over the given question ids (the bank's, or a topic's). */
export function deckCounts(document: ProgressDocument, now: Date, ids: readonly number[]): DeckCounts {
	const saved = savedCards(document, ids);
	const inDeck = saved.filter((card) => card.inDeck);
	return { inDeck: inDeck.length, due: inDeck.filter((card) => isDue(card, now)).length, reviewed: saved.filter((card) => lastReviewed(card)).length };
}

/** When the next card in the deck that is not yet due comes due, among the given ids. */
export function nextDue(document: ProgressDocument, now: Date, ids: readonly number[]): Date | undefined {
	const upcoming = savedCards(document, ids).filter((card) => card.inDeck && !isDue(card, now)).map((card) => dueDate(card).getTime());
	return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : undefined;
}

const UNITS = [
	{ unit: 'year', ms: 365 * 86_400_000 },
	{ unit: 'month', ms: 30 * 86_400_000 },
	{ unit: 'week', ms: 7 * 86_400_000 },
	{ unit: 'day', ms: 86_400_000 },
	{ unit: 'hour', ms: 3_600_000 },
	{ unit: 'minute', ms: 60_000 },
] as const;

/**
 * The largest unit that `ms` nearly fills (90 %), with the rounded amount of it: a card due in
 * 59.5 seconds is "1 minute" away, not "now", and 6.5 days is a week.
 */
function inLargestUnit(ms: number): { unit: (typeof UNITS)[number]['unit']; amount: number } | undefined {
	const unit = UNITS.find((candidate) => Math.abs(ms) >= candidate.ms * 0.9);
	return unit && { unit: unit.unit, amount: Math.round(ms / unit.ms) };
}

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** `date` relative to `now`: "in 3 days", "yesterday", "in 10 minutes", "just now", "in under a minute". */
export function describeRelative(date: Date, now: Date): string {
	const difference = date.getTime() - now.getTime();
	const span = inLargestUnit(difference);
	if (span) return relativeFormat.format(span.amount, span.unit);
	return difference > 0 ? 'in under a minute' : 'just now';
}

/** The short length of an interval, for grade buttons: "10 min", "3 days", "2 months". */
export function describeInterval(from: Date, to: Date): string {
	const span = inLargestUnit(Math.max(0, to.getTime() - from.getTime()));
	if (!span) return '< 1 min';
	if (span.unit === 'minute') return `${span.amount} min`;
	return countOf(span.amount, span.unit);
}
