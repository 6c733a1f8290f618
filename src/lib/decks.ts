/**
 * Which cards a study session holds: the decks the reader picks from, how a choice round-trips
 * through the URL (`?deck=topic:alerting`), and shuffling with an injected random source.
 */
import { dueDate, isDue, lastReviewed } from './due';
import { matchesFilter, type QuestionFilter } from './question-filter';
import type { ProgressDocument } from './progress-document';
import type { StudyCard } from './study-cards';
import { getTopic, KINDS, kindLabel, LEVELS, levelLabel, TOPIC_SLUGS, type Kind, type Level, type TopicSlug } from './taxonomy';

export type DeckChoice =
	| { type: 'due' }
	| { type: 'missed' }
	| { type: 'mine' }
	| { type: 'all' }
	| { type: 'topic'; topic: TopicSlug }
	| { type: 'level'; level: Level }
	| { type: 'kind'; kind: Kind };

/** The choice as one URL-safe word: `due`, `topic:alerting`, `level:senior`. */
export function deckChoiceToString(choice: DeckChoice): string {
	switch (choice.type) {
		case 'topic':
			return `topic:${choice.topic}`;
		case 'level':
			return `level:${choice.level}`;
		case 'kind':
			return `kind:${choice.kind}`;
		default:
			return choice.type;
	}
}

/** Reads a choice written by `deckChoiceToString`; unknown values give undefined rather than an error. */
export function parseDeckChoice(value: string | null | undefined): DeckChoice | undefined {
	const [type, name] = (value ?? '').split(':');
	if ((type === 'due' || type === 'missed' || type === 'mine' || type === 'all') && name === undefined) return { type };
	if (type === 'topic' && TOPIC_SLUGS.includes(name as TopicSlug)) return { type, topic: name as TopicSlug };
	if (type === 'level' && LEVELS.includes(name as Level)) return { type, level: name as Level };
	if (type === 'kind' && KINDS.includes(name as Kind)) return { type, kind: name as Kind };
	return undefined;
}

/** A heading for the deck: "Due now", "Topic: Alerting". */
export function deckLabel(choice: DeckChoice): string {
	switch (choice.type) {
		case 'due':
			return 'Due now';
		case 'missed':
			return 'Missed last time';
		case 'mine':
			return 'My deck';
		case 'all':
			return 'All questions';
		case 'topic':
			return `Topic: ${getTopic(choice.topic).label}`;
		case 'level':
			return `Level: ${levelLabel(choice.level)}`;
		case 'kind':
			return `Kind: ${kindLabel(choice.kind)}`;
	}
}

const byId = (a: StudyCard, b: StudyCard) => a.id - b.id;

/**
 * The cards of a deck, in study order:
 * - due now: most overdue first, cards never graded after those (by when they were added);
 * - missed last time: cards in the deck last graded "Again", the longest ago first;
 * - my deck, all, topic, level, kind: by question number.
 */
export function selectDeck(cards: readonly StudyCard[], progress: ProgressDocument, choice: DeckChoice, now: Date): StudyCard[] {
	const saved = (card: StudyCard) => progress.cards[card.id];
	const filtered = (filter: QuestionFilter) => cards.filter((card) => matchesFilter(card, filter)).sort(byId);
	const reviewedAt = (card: StudyCard) => lastReviewed(saved(card))?.getTime() ?? 0;
	switch (choice.type) {
		case 'due': {
			const due = cards.filter((card) => saved(card) && isDue(saved(card), now));
			const neverGraded = (card: StudyCard) => (saved(card).schedule ? 0 : 1);
			return due.sort((a, b) => neverGraded(a) - neverGraded(b) || dueDate(saved(a)).getTime() - dueDate(saved(b)).getTime() || byId(a, b));
		}
		case 'missed': {
			const missed = cards.filter((card) => saved(card)?.inDeck && saved(card).lastGrade === 'again');
			return missed.sort((a, b) => reviewedAt(a) - reviewedAt(b) || byId(a, b));
		}
		case 'mine':
			return cards.filter((card) => saved(card)?.inDeck).sort(byId);
		case 'all':
			return [...cards].sort(byId);
		case 'topic':
			return filtered({ topic: choice.topic });
		case 'level':
			return filtered({ level: choice.level });
		case 'kind':
			return filtered({ kind: choice.kind });
	}
}

/** A shuffled copy (Fisher–Yates). `random` returns a number in [0, 1), like `Math.random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[result[i], result[j]] = [result[j], result[i]];
	}
	return result;
}
