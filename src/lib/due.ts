/**
 * When saved cards are due, and how to say it. Kept apart from `scheduler.ts` on purpose: the home,
 * topic and question pages show due counts and dates but must not download the FSRS library.
 */
import type { CardProgress, ProgressDocument } from './progress-store';

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

export interface DeckCounts {
	/** Cards in the deck. */
	inDeck: number;
	/** Cards in the deck that are due now. */
	due: number;
}

/** Deck and due counts over the whole document, or over the given question ids only (a topic page). */
export function deckCounts(document: ProgressDocument, now: Date, ids?: readonly number[]): DeckCounts {
	const cards = ids ? ids.flatMap((id) => document.cards[id] ?? []) : Object.values(document.cards);
	const inDeck = cards.filter((card) => card.inDeck);
	return { inDeck: inDeck.length, due: inDeck.filter((card) => isDue(card, now)).length };
}

const UNITS = [
	{ unit: 'year', ms: 365 * 86_400_000 },
	{ unit: 'month', ms: 30 * 86_400_000 },
	{ unit: 'week', ms: 7 * 86_400_000 },
	{ unit: 'day', ms: 86_400_000 },
	{ unit: 'hour', ms: 3_600_000 },
	{ unit: 'minute', ms: 60_000 },
] as const;

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * `date` relative to `now` in the largest whole unit: "in 3 days", "yesterday", "in 10 minutes".
 * Anything under a minute away is "now".
 */
export function describeRelative(date: Date, now: Date): string {
	const difference = date.getTime() - now.getTime();
	for (const { unit, ms } of UNITS) {
		const amount = Math.trunc(difference / ms);
		if (amount !== 0) return relativeFormat.format(amount, unit);
	}
	return 'now';
}

/** The short length of an interval, for grade buttons: "10 min", "3 days", "2 months". */
export function describeInterval(from: Date, to: Date): string {
	const ms = Math.max(0, to.getTime() - from.getTime());
	for (const { unit, ms: unitMs } of UNITS) {
		const amount = Math.round(ms / unitMs);
		if (ms >= unitMs * 0.95 && amount >= 1) {
			const short = unit === 'minute' ? 'min' : unit;
			return `${amount} ${short}${amount === 1 || short === 'min' ? '' : 's'}`;
		}
	}
	return '< 1 min';
}
