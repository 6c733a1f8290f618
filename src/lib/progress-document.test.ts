import { describe, expect, it } from 'vitest';
import { emptyProgress, OWN_ANSWER_MAX_LENGTH, parseProgress, readableCards, serializeProgress } from './progress-document';
import { card, documentWith, NOW } from '../../tests/support/progress-fixtures';

describe('parseProgress()', () => {
	it('reads back what serializeProgress() writes', () => {
		const document = documentWith({ 17: card({ lastReview: '2026-03-01T08:00:00.000Z' }), 3: card() });
		expect(parseProgress(serializeProgress(document))).toEqual({ ok: true, document });
	});

	it('rejects text that is not JSON', () => {
		expect(parseProgress('{"app": "sre-prep-pro')).toEqual({ ok: false, reason: 'not-json', detail: 'it is not valid JSON' });
	});

	it('rejects JSON from something else', () => {
		expect(parseProgress('{"theme":"dark"}')).toMatchObject({ ok: false, reason: 'not-progress', detail: 'it is not SRE Prep progress' });
		expect(parseProgress('[1,2]')).toMatchObject({ ok: false, reason: 'not-progress' });
	});

	it('names the first field that is wrong', () => {
		const bad = JSON.parse(serializeProgress(documentWith({ 17: card({ lastReview: '2026-03-01T08:00:00.000Z' }) })));
		bad.cards['17'].schedule.due = 'soon';
		expect(parseProgress(JSON.stringify(bad))).toEqual({ ok: false, reason: 'not-progress', detail: 'cards.17.schedule.due is not a date' });
		bad.cards['17'] = { ...card(), lastGrade: 'meh' };
		expect(parseProgress(JSON.stringify(bad))).toMatchObject({ detail: 'cards.17.lastGrade is not a grade' });
		expect(parseProgress(JSON.stringify({ ...bad, cards: { abc: card() } }))).toMatchObject({ detail: 'cards has a key "abc" that is not a question number' });
	});

	it('recognises a document from a newer version of the site', () => {
		const newer = JSON.stringify({ ...emptyProgress(NOW), version: 2, decks: [] });
		expect(parseProgress(newer)).toMatchObject({ ok: false, reason: 'newer-version' });
	});

	it('reads only version 1, the one this site writes', () => {
		const document = JSON.parse(serializeProgress(emptyProgress(NOW)));
		expect(parseProgress(JSON.stringify({ ...document, version: 0 }))).toEqual({ ok: false, reason: 'not-progress', detail: 'its version is missing' });
		expect(parseProgress(JSON.stringify({ ...document, version: '1' }))).toMatchObject({ ok: false, detail: 'its version is missing' });
	});

	it('treats drill results as optional, and checks them field by field when present', () => {
		expect(parseProgress(serializeProgress(emptyProgress(NOW))).ok).toBe(true);
		const bad = { ...emptyProgress(NOW), drills: { 1: { attempts: -1, best: null, changedAt: NOW.toISOString() } } };
		expect(parseProgress(JSON.stringify(bad))).toMatchObject({ ok: false, detail: 'drills.1.attempts is not a whole number' });
		expect(parseProgress(JSON.stringify({ ...bad, drills: { x: {} } }))).toMatchObject({ ok: false, detail: 'drills has a key "x" that is not a drill number' });
	});

	it('checks own answers when present', () => {
		const long = { ...emptyProgress(NOW), answers: { 1: { text: 'x'.repeat(OWN_ANSWER_MAX_LENGTH + 1), changedAt: NOW.toISOString() } } };
		expect(parseProgress(JSON.stringify(long))).toMatchObject({ ok: false, detail: `answers.1.text is longer than ${OWN_ANSWER_MAX_LENGTH} characters` });
		expect(parseProgress(JSON.stringify({ ...long, answers: { 1: { text: 5, changedAt: NOW.toISOString() } } }))).toMatchObject({ detail: 'answers.1.text is not text' });
	});
});

describe('readableCards() (F7)', () => {
	it('returns the cards that can be read on their own, and names the rest', () => {
		const text = JSON.stringify({ ...documentWith({ 2: card() }), cards: { 1: { ...card(), inDeck: 'yes' }, 2: card(), x: card() } });
		expect(parseProgress(text).ok).toBe(false);
		expect(readableCards(text)).toEqual({
			cards: { 2: card() },
			skipped: [
				{ id: '1', problem: 'cards.1.inDeck is not true or false' },
				{ id: 'x', problem: 'cards has a key "x" that is not a question number' },
			],
		});
	});

	it('salvages nothing from text that is not this site’s current progress', () => {
		expect(readableCards('{"cards":{"1": BROKEN')).toBeUndefined();
		expect(readableCards(JSON.stringify({ ...emptyProgress(NOW), version: 2 }))).toBeUndefined();
		expect(readableCards(JSON.stringify({ app: 'other', version: 1, cards: {} }))).toBeUndefined();
		expect(readableCards(JSON.stringify({ ...emptyProgress(NOW), cards: [] }))).toBeUndefined();
	});
});
