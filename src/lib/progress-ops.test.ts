import { describe, expect, it } from 'vitest';
import { emptyProgress, parseProgress, serializeProgress } from './progress-document';
import { addToDeck, dropFromDeck, isNewerRecord, recordDrillRun, withOwnAnswer } from './progress-ops';
import { card, documentWith, NOW } from '../../tests/support/progress-fixtures';

describe('addToDeck() and dropFromDeck()', () => {
	const later = new Date('2026-03-03T10:00:00.000Z');
	it('adds a new question as due at once', () => {
		expect(addToDeck(emptyProgress(NOW), 17, later).cards[17]).toEqual({ inDeck: true, changedAt: later.toISOString(), lastGrade: null, schedule: null });
	});
	it('keeps the schedule when a card is dropped and added back', () => {
		const reviewed = card({ lastReview: '2026-03-01T08:00:00.000Z' });
		const dropped = dropFromDeck(documentWith({ 17: reviewed }), 17, later);
		expect(dropped.cards[17]).toEqual({ ...reviewed, inDeck: false, changedAt: later.toISOString() });
		expect(addToDeck(dropped, 17, later).cards[17]).toEqual({ ...reviewed, changedAt: later.toISOString() });
	});
	it('dropping a question never saved changes nothing', () => {
		const document = emptyProgress(NOW);
		expect(dropFromDeck(document, 17, later)).toBe(document);
	});
});

describe('isNewerRecord()', () => {
	it('prefers the later review', () => {
		expect(isNewerRecord(card({ lastReview: '2026-03-02T08:00:00.000Z' }), card({ lastReview: '2026-03-01T08:00:00.000Z' }))).toBe(true);
		expect(isNewerRecord(card({ lastReview: '2026-03-01T08:00:00.000Z' }), card({ lastReview: '2026-03-02T08:00:00.000Z' }))).toBe(false);
	});
	it('prefers any review over none', () => expect(isNewerRecord(card({ lastReview: '2026-01-01T00:00:00.000Z' }), card({ changedAt: '2026-03-01T00:00:00.000Z' }))).toBe(true));
	it('breaks a tie by the later change', () => {
		expect(isNewerRecord(card({ inDeck: false, changedAt: '2026-03-02T00:00:00.000Z' }), card({ changedAt: '2026-03-01T00:00:00.000Z' }))).toBe(true);
		expect(isNewerRecord(card(), card())).toBe(false);
	});
});

describe('drill results', () => {
	it('count attempts and keep the mitigated run with the least impact', () => {
		let document = emptyProgress(NOW);
		document = recordDrillRun(document, 3, { impact: 20, minutesToMitigate: undefined }, NOW);
		expect(document.drills).toEqual({ 3: { attempts: 1, best: null, changedAt: NOW.toISOString() } });
		document = recordDrillRun(document, 3, { impact: 9.5, minutesToMitigate: 19 }, NOW);
		document = recordDrillRun(document, 3, { impact: 12, minutesToMitigate: 15 }, NOW);
		expect(document.drills![3]).toEqual({ attempts: 3, best: { impact: 9.5, minutesToMitigate: 19, at: NOW.toISOString() }, changedAt: NOW.toISOString() });
		expect(parseProgress(serializeProgress(document))).toEqual({ ok: true, document });
	});
});

describe('own answers', () => {
	it('are saved, replaced and removed when emptied', () => {
		let document = withOwnAnswer(emptyProgress(NOW), 17, 'I would start with the SLO.', NOW);
		expect(document.answers).toEqual({ 17: { text: 'I would start with the SLO.', changedAt: NOW.toISOString() } });
		expect(parseProgress(serializeProgress(document))).toEqual({ ok: true, document });
		document = withOwnAnswer(document, 17, '  ', NOW);
		expect(document.answers).toEqual({});
	});
});
