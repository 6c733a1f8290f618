import { describe, expect, it } from 'vitest';
import { deckChoiceToString, deckLabel, parseDeckChoice, selectDeck, shuffled, type DeckChoice } from './decks';
import { emptyProgress, type CardProgress, type Grade } from './progress-document';
import type { StudyCard } from './study-cards';

const NOW = new Date('2026-03-02T09:00:00.000Z');

function studyCard(id: number, extra: Partial<StudyCard> = {}): StudyCard {
	return { id, title: `Q${id}`, slug: `q${id}`, topics: ['alerting'], level: 'mid', kind: 'technical', openingHtml: '', keyPoints: [], seniorSignals: [], followUps: [], ...extra };
}

function saved(due: string | null, lastGrade: Grade | null = 'good', inDeck = true, changedAt = '2026-02-01T00:00:00.000Z'): CardProgress {
	return {
		inDeck,
		changedAt,
		lastGrade,
		schedule: due
			? { due, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: changedAt }
			: null,
	};
}

const cards = [
	studyCard(1, { topics: ['kubernetes', 'alerting'], level: 'senior' }),
	studyCard(2, { kind: 'behavioral' }),
	studyCard(3, { topics: ['on-call'] }),
	studyCard(4),
	studyCard(5),
];
const progress = {
	...emptyProgress(NOW),
	cards: {
		1: saved('2026-03-01T00:00:00.000Z'),
		2: saved('2026-02-20T00:00:00.000Z', 'again', true, '2026-02-19T00:00:00.000Z'),
		3: saved(null, null, true, '2026-03-02T08:00:00.000Z'),
		4: saved('2026-03-09T00:00:00.000Z', 'again', true, '2026-02-10T00:00:00.000Z'),
		5: saved('2026-02-01T00:00:00.000Z', 'again', false),
		99: saved('2026-02-01T00:00:00.000Z'),
	},
};
const ids = (choice: DeckChoice) => selectDeck(cards, progress, choice, NOW).map((card) => card.id);

describe('selectDeck()', () => {
	it('due now: most overdue first, then cards never graded; dropped and future cards left out', () => expect(ids({ type: 'due' })).toEqual([2, 1, 3]));
	it('missed last time: cards in the deck last graded Again, oldest review first', () => expect(ids({ type: 'missed' })).toEqual([4, 2]));
	it('my deck: every card in the deck, by number', () => expect(ids({ type: 'mine' })).toEqual([1, 2, 3, 4]));
	it('all questions, by number', () => expect(ids({ type: 'all' })).toEqual([1, 2, 3, 4, 5]));
	it('by topic, level or kind', () => {
		expect(ids({ type: 'topic', topic: 'alerting' })).toEqual([1, 2, 4, 5]);
		expect(ids({ type: 'level', level: 'senior' })).toEqual([1]);
		expect(ids({ type: 'kind', kind: 'behavioral' })).toEqual([2]);
	});
	it('ignores saved progress for questions no longer in the bank', () => expect(ids({ type: 'mine' })).not.toContain(99));
});

describe('deck choices in the URL', () => {
	const choices: DeckChoice[] = [
		{ type: 'due' },
		{ type: 'missed' },
		{ type: 'mine' },
		{ type: 'all' },
		{ type: 'topic', topic: 'kubernetes' },
		{ type: 'level', level: 'staff' },
		{ type: 'kind', kind: 'design' },
	];
	it('round-trip', () => {
		for (const choice of choices) expect(parseDeckChoice(deckChoiceToString(choice))).toEqual(choice);
	});
	it('ignore unknown values', () => {
		for (const value of [null, '', 'topic', 'topic:nope', 'level:guru', 'due:now', 'everything']) expect(parseDeckChoice(value)).toBeUndefined();
	});
	it('have labels', () => {
		expect(deckLabel({ type: 'topic', topic: 'kubernetes' })).toBe('Topic: Kubernetes');
		expect(deckLabel({ type: 'level', level: 'staff' })).toBe('Level: Staff+');
		expect(deckLabel({ type: 'due' })).toBe('Due now');
	});
});

describe('shuffled()', () => {
	it('permutes a copy with the given random source', () => {
		const items = [1, 2, 3, 4];
		const values = [0.1, 0.9, 0.5];
		expect(shuffled(items, () => values.shift()!)).toEqual([4, 2, 3, 1]);
		expect(items).toEqual([1, 2, 3, 4]);
	});
	it('keeps every item', () => expect(shuffled([1, 2, 3, 4, 5], Math.random).sort()).toEqual([1, 2, 3, 4, 5]));
});
