import { describe, expect, it } from 'vitest';
import {
	keptCopyDescription,
	keptCopyFileName,
	keptCopyWhen,
	mergeMessage,
	rejectedImportMessage,
	repairNotice,
	retentionHint,
	saveFailureNotice,
	storeNotice,
	unknownCardsNotice,
	unreadableExportMessage,
	unsavedGradesNote,
} from './progress-messages';
import { emptyProgress } from './progress-document';
import type { KeptCopy } from './progress-store';

const document = emptyProgress(new Date('2026-03-02T09:00:00.000Z'));

describe('storeNotice()', () => {
	const keptAt = new Date('2026-03-02T09:00:00.000Z');
	const corrupt: KeptCopy = { key: 'k1', keptAt, text: '{', parsed: { ok: false, reason: 'not-json', detail: 'it is not valid JSON' }, readable: undefined };
	const newer: KeptCopy = { key: 'k2', keptAt, text: '{}', parsed: { ok: false, reason: 'newer-version', detail: 'newer' }, readable: undefined };
	const readable: KeptCopy = { key: 'k3', keptAt, text: '{}', parsed: { ok: true, document }, readable: undefined };
	it('says nothing when all is well', () => expect(storeNotice({ state: 'ok' }, [])).toBeUndefined());
	it('keeps warning while a kept copy remains', () => expect(storeNotice({ state: 'ok' }, [corrupt])).toMatch(/could not be read\. It is kept aside, unchanged/));
	it('names a newer version', () => expect(storeNotice({ state: 'ok' }, [corrupt, newer])).toMatch(/newer version/));
	it('offers a merge once a kept copy can be read', () => expect(storeNotice({ state: 'ok' }, [readable])).toMatch(/merge it back/));
	it('says when nothing can be saved', () => {
		expect(storeNotice({ state: 'blocked', reason: 'not-json' }, [])).toMatch(/nothing will be saved over it/);
		expect(storeNotice({ state: 'unavailable' }, [])).toMatch(/blocking site storage/);
	});
});

describe('keptCopyDescription()', () => {
	const keptAt = new Date('2026-03-02T09:00:00.000Z');
	it('gives the reason', () => {
		expect(keptCopyDescription({ key: 'k', keptAt, text: '{', parsed: { ok: false, reason: 'not-json', detail: 'it is not valid JSON' }, readable: undefined })).toBe(
			'It could not be read: it is not valid JSON.',
		);
	});
	it('offers the readable cards of a copy that is bad only in some (F7)', () => {
		const readable = { cards: { 2: { inDeck: true, changedAt: '2026-03-01T00:00:00.000Z', lastGrade: null, schedule: null } }, skipped: [{ id: '1', problem: 'x' }] };
		expect(keptCopyDescription({ key: 'k', keptAt, text: '{}', parsed: { ok: false, reason: 'not-progress', detail: 'cards.1.inDeck is not true or false' }, readable })).toBe(
			'It could not be read: cards.1.inDeck is not true or false. You can merge the 1 card in it that can be read; 1 card cannot.',
		);
	});
	it('offers a merge once the copy can be read', () => {
		expect(keptCopyDescription({ key: 'k', keptAt, text: '{}', parsed: { ok: true, document }, readable: undefined })).toMatch(/merge it/);
	});
});

describe('import messages', () => {
	it('counts what the merge did', () => {
		expect(mergeMessage({ document, added: 1, updated: 2, unchanged: 0 })).toBe('Imported: 1 question added, 2 questions updated with later reviews.');
		expect(mergeMessage({ document, added: 0, updated: 0, unchanged: 3 })).toBe('Imported: 3 questions left unchanged (your copy was as recent).');
		expect(mergeMessage({ document, added: 0, updated: 0, unchanged: 0 })).toBe('The file held no study progress, so nothing changed.');
	});
	it('says a rejected file changed nothing', () => {
		expect(rejectedImportMessage('it is not valid JSON')).toBe('That file was not imported (it is not valid JSON). Your progress is unchanged.');
	});
});

describe('kept copies whose key holds no date (F9)', () => {
	it('say the date is unknown and still download under a safe file name', () => {
		expect(keptCopyWhen({ keptAt: undefined })).toBe('Kept aside (date unknown)');
		expect(keptCopyFileName({ key: 'sre:progress:kept:garbage/../x y', keptAt: undefined })).toBe('sre-prep-progress-kept-garbage-x-y.json');
		expect(keptCopyFileName({ key: 'sre:progress:kept:', keptAt: undefined })).toBe('sre-prep-progress-kept-copy.json');
		expect(keptCopyFileName({ key: 'sre:progress:kept:2026-03-02T09:00:00.000Z', keptAt: new Date('2026-03-02T09:00:00.000Z') })).toBe(
			'sre-prep-progress-kept-2026-03-02T09-00-00-000Z.json',
		);
	});
});

describe('repairNotice() (F1)', () => {
	it('says nothing when nothing was repaired', () => expect(repairNotice([])).toBeUndefined());
	it('names each repair and what it means, then sums up the rest', () => {
		expect(
			repairNotice([
				{ id: '1', problem: 'its stability (-5) is not above zero', fix: 'restarted' },
				{ id: '4', problem: 'its last review is dated in the future', fix: 'review-dated-now' },
			]),
		).toBe(
			'Some saved schedules could not be used and were repaired: question 1 starts again as a new card (its stability (-5) is not above zero); question 4’s last review counts as now (its last review is dated in the future; is a device clock ahead?).',
		);
		const many = [1, 2, 3, 4, 5].map((id) => ({ id: String(id), problem: 'p', fix: 'restarted' as const }));
		expect(repairNotice(many)).toMatch(/question 3 starts again as a new card \(p\); and 2 more cards\.$/);
	});
});

describe('saveFailureNotice() (F2)', () => {
	it('says what to do for each way a save fails', () => {
		expect(saveFailureNotice({ ok: false, health: { state: 'ok' }, message: 'Progress was not saved: browser storage is full or blocked.' })).toMatch(/full or blocked\. Free some browser storage .* try again/);
		expect(saveFailureNotice({ ok: false, health: { state: 'unavailable' }, message: 'm.' })).toMatch(/Allow site data/);
		expect(saveFailureNotice({ ok: false, health: { state: 'blocked', reason: 'not-json' }, message: 'm.' })).toMatch(/reload/);
	});
});

describe('unsavedGradesNote() (F2)', () => {
	it('says nothing when every grade was saved', () => expect(unsavedGradesNote(0, 4)).toBeUndefined());
	it('counts the grades that were not saved', () => {
		expect(unsavedGradesNote(1, 1)).toBe('That grade was not saved: free some browser storage, then grade that card again.');
		expect(unsavedGradesNote(3, 3)).toBe('None of these grades was saved: free some browser storage, then grade those cards again.');
		expect(unsavedGradesNote(1, 3)).toBe('1 grade was not saved: free some browser storage, then grade that card again.');
		expect(unsavedGradesNote(2, 3)).toBe('2 grades were not saved: free some browser storage, then grade those cards again.');
	});
});

describe('unknownCardsNotice() (F6)', () => {
	it('says nothing when every card is in the bank', () => expect(unknownCardsNotice([])).toBeUndefined());
	it('names the ids, then sums up the rest', () => {
		expect(unknownCardsNotice([9999])).toBe('Your progress also holds 1 card for questions this site does not have (id 9999). They are kept and exported, but not counted or studied here.');
		expect(unknownCardsNotice(Array.from({ length: 12 }, (_, index) => 200 + index))).toMatch(/\(ids 200, 201, .*, 209 and 2 more\)/);
	});
});

describe('unreadableExportMessage() (F3)', () => {
	it('says the file is the stored bytes, unchanged', () => expect(unreadableExportMessage(12345)).toMatch(/exactly as it is stored \(12,345 characters\)/));
});

describe('retentionHint()', () => {
	it('says what a retention means and what it costs', () => {
		expect(retentionHint(0.9, 1)).toBe('At 90 %, you should still recall about 90 of every 100 cards when they come back. This is FSRS’s default, and a good balance of recall and workload.');
		expect(retentionHint(0.95, 2.17)).toBe('At 95 %, you should still recall about 95 of every 100 cards when they come back, for about 2.2 times the reviews of the 90 % default.');
		expect(retentionHint(0.8, 0.44)).toMatch(/about 0\.4 times the reviews of the 90 % default \(fewer reviews, more forgetting\)\.$/);
	});
});
