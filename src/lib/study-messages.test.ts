import { describe, expect, it } from 'vitest';
import { addToDeck } from './progress-ops';
import { emptyProgress } from './progress-document';
import { emptyDeckMessage, mockAnswerFacts, mockMatchMessage, mockSavedNote, mockSummary, studyMissedLabel, studySummary } from './study-messages';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const answer = (covered: number, usedMs: number) => ({ id: 4, covered: Array.from({ length: covered }, (_, index) => index), keyPointCount: 4, usedMs, limitMs: 180_000 });

describe('emptyDeckMessage()', () => {
	it('says when the next card is due, or that the deck is empty', () => {
		expect(emptyDeckMessage({ type: 'due' }, emptyProgress(NOW), [1, 2], NOW)).toBe('Nothing is due: no card is in your deck yet. Pick any other deck to start.');
		const progress = addToDeck(emptyProgress(NOW), 1, NOW);
		progress.cards[1] = { ...progress.cards[1], schedule: { due: '2026-03-04T09:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 1, lapses: 0, state: 2, last_review: NOW.toISOString() } };
		expect(emptyDeckMessage({ type: 'due' }, progress, [1], NOW)).toMatch(/^Nothing is due\. The next card is due in 2 days\.$/);
		expect(emptyDeckMessage({ type: 'mine' }, progress, [1], NOW)).toBe('Your deck is empty. Cards join it when you grade them or add them from a question page.');
		expect(emptyDeckMessage({ type: 'level', level: 'senior' }, progress, [1], NOW)).toBe('No question matches this deck.');
	});
});

describe('studySummary()', () => {
	it('counts the grades and names the unsaved ones', () => {
		expect(studySummary(0, 3, [], 0)).toBe('You did not grade any card.');
		expect(studySummary(2, 3, [['Again', 1], ['Got it', 1]], 0)).toBe('You graded 2 of 3 cards: 1 “Again”, 1 “Got it”.');
		expect(studySummary(2, 3, [['Again', 1], ['Got it', 1]], 1)).toBe('You graded 2 of 3 cards: 1 “Again”, 1 “Got it”. 1 grade was not saved: free some browser storage, then grade that card again.');
	});
	it('words the missed cards in the right number', () => {
		expect(studyMissedLabel(1)).toBe('Go over the card you missed');
		expect(studyMissedLabel(3)).toBe('Go over the 3 cards you missed');
	});
});

describe('mock interview wording', () => {
	it('says how many questions match the focus', () => {
		expect(mockMatchMessage(0, 5)).toBe('No question matches this focus. Tick more topics or choose any level or kind.');
		expect(mockMatchMessage(1, 5)).toBe('Only 1 question matches, so the interview will have 1.');
		expect(mockMatchMessage(3, 5)).toBe('Only 3 questions match, so the interview will have 3.');
		expect(mockMatchMessage(8, 5)).toBe('8 questions match; 5 will be drawn at random.');
	});
	it('sums up the answers and what was saved', () => {
		expect(mockSummary([answer(1, 200_000), answer(4, 60_000)])).toBe('2 questions in 4:20: 5 of 8 key points covered (63%). 1 went over time.');
		expect(mockAnswerFacts(answer(1, 200_000), undefined)).toBe('1 of 4 key points · 3:20 (over time)');
		expect(mockAnswerFacts(answer(4, 60_000), { due: undefined, now: NOW })).toBe('4 of 4 key points · 1:00 · Good, not saved');
		expect(mockAnswerFacts(answer(1, 60_000), { due: NOW, now: NOW })).toBe('1 of 4 key points · 1:00 · Again, due now');
		expect(mockSavedNote(false, 0, 2)).toMatch(/^Interviewer view: nothing was saved/);
		expect(mockSavedNote(true, 0, 2)).toMatch(/^Each answer was saved/);
		expect(mockSavedNote(true, 1, 2)).toBe('1 grade was not saved: free some browser storage, then grade that card again. The others were saved to your study progress.');
	});
});
