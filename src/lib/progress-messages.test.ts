import { describe, expect, it } from 'vitest';
import { keptCopyDescription, keptCopyFileName, keptCopyWhen, mergeMessage, rejectedImportMessage, storeNotice } from './progress-messages';
import { emptyProgress, type KeptCopy } from './progress-store';

const document = emptyProgress(new Date('2026-03-02T09:00:00.000Z'));

describe('storeNotice()', () => {
	const keptAt = new Date('2026-03-02T09:00:00.000Z');
	const corrupt: KeptCopy = { key: 'k1', keptAt, text: '{', parsed: { ok: false, reason: 'not-json', detail: 'it is not valid JSON' } };
	const newer: KeptCopy = { key: 'k2', keptAt, text: '{}', parsed: { ok: false, reason: 'newer-version', detail: 'newer' } };
	const readable: KeptCopy = { key: 'k3', keptAt, text: '{}', parsed: { ok: true, document } };
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
		expect(keptCopyDescription({ key: 'k', keptAt, text: '{', parsed: { ok: false, reason: 'not-json', detail: 'it is not valid JSON' } })).toBe(
			'It could not be read: it is not valid JSON.',
		);
	});
	it('offers a merge once the copy can be read', () => {
		expect(keptCopyDescription({ key: 'k', keptAt, text: '{}', parsed: { ok: true, document } })).toMatch(/merge it/);
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
