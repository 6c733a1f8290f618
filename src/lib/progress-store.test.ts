import { describe, expect, it } from 'vitest';
import { emptyProgress, serializeProgress } from './progress-document';
import { addToDeck, dropFromDeck } from './progress-ops';
import { KEPT_PREFIX, PROGRESS_KEY, ProgressStore, RECENT_WRITE_MS } from './progress-store';
import { card, documentWith, MemoryStorage, NOW } from '../../tests/support/progress-fixtures';

describe('ProgressStore', () => {
	const at = (iso: string) => () => new Date(iso);

	it('starts empty and saves whole documents under one key', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.read()).toEqual({ document: emptyProgress(NOW), health: { state: 'ok' }, repairs: [] });
		const outcome = store.update((document) => ({ ...document, cards: { 17: card() } }));
		expect(outcome.ok).toBe(true);
		expect([...storage.items.keys()]).toEqual([PROGRESS_KEY]);
		expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toEqual({ ...emptyProgress(NOW), cards: { 17: card() } });
	});

	it('applies each change to the stored document, so another tab’s writes survive', () => {
		const storage = new MemoryStorage();
		const tabA = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		const tabB = new ProgressStore(storage, at('2026-03-02T09:01:00.000Z'));
		tabA.read();
		tabB.update((document) => ({ ...document, cards: { ...document.cards, 2: card() } }));
		tabA.update((document) => ({ ...document, cards: { ...document.cards, 1: card() } }));
		expect(Object.keys(tabA.read().document.cards)).toEqual(['1', '2']);
	});

	it('reads an unreadable value without writing anything, until recover() keeps it aside', () => {
		const storage = new MemoryStorage();
		const corrupt = '{"app":"sre-prep-progress","version":1,"cards":{"17":{"inDe';
		storage.setItem(PROGRESS_KEY, corrupt);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.read()).toEqual({ document: emptyProgress(NOW), health: { state: 'blocked', reason: 'not-json' }, repairs: [] });
		expect([...storage.items]).toEqual([[PROGRESS_KEY, corrupt]]);
	});

	it('keeps an unreadable value aside in recover(), byte for byte, before anything overwrites it', () => {
		const storage = new MemoryStorage();
		const corrupt = '{"app":"sre-prep-progress","version":1,"cards":{"17":{"inDe';
		storage.setItem(PROGRESS_KEY, corrupt);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		const keptKey = `${KEPT_PREFIX}2026-03-02T09:00:00.000Z`;
		expect(store.recover()).toEqual({ state: 'kept-aside', keptKey, reason: 'not-json' });
		expect(storage.getItem(keptKey)).toBe(corrupt);
		// Once kept, a fresh document takes the original's place, so the next read is clean.
		expect(storage.getItem(PROGRESS_KEY)).toBe(serializeProgress(emptyProgress(NOW)));
		expect(store.read().health).toEqual({ state: 'ok' });
		expect(store.recover()).toEqual({ state: 'ok' });
		expect(store.keptCopies()).toHaveLength(1);
		expect(store.update((document) => ({ ...document, cards: { 1: card() } })).ok).toBe(true);
		expect(storage.getItem(keptKey)).toBe(corrupt);
	});

	it('recovers nothing from a readable or missing value, and says when storage is refused', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.recover()).toEqual({ state: 'ok' });
		expect(storage.items.size).toBe(0);
		storage.setItem(PROGRESS_KEY, serializeProgress(documentWith({ 1: card() })));
		expect(store.recover()).toEqual({ state: 'ok' });
		expect([...storage.items.keys()]).toEqual([PROGRESS_KEY]);
		expect(new ProgressStore(undefined).recover()).toEqual({ state: 'unavailable' });
	});

	it('keeps aside, before writing, an unreadable value that turned up after recover()', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		store.recover();
		storage.setItem(PROGRESS_KEY, 'written by another tab');
		expect(store.update((document) => ({ ...document, cards: { 1: card() } })).ok).toBe(true);
		expect(store.keptCopies().map((copy) => copy.text)).toEqual(['written by another tab']);
		expect(Object.keys(store.read().document.cards)).toEqual(['1']);
	});

	it('keeps a newer version’s document aside as well, and reports it as such', () => {
		const storage = new MemoryStorage();
		const newer = JSON.stringify({ ...emptyProgress(NOW), version: 9 });
		storage.setItem(PROGRESS_KEY, newer);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.recover()).toMatchObject({ state: 'kept-aside', reason: 'newer-version' });
		const [copy] = store.keptCopies();
		expect(copy).toMatchObject({ text: newer, keptAt: NOW, parsed: { ok: false, reason: 'newer-version' } });
	});

	it('lists a kept copy whose key holds no date, after the dated ones (F9)', () => {
		const storage = new MemoryStorage();
		storage.setItem(`${KEPT_PREFIX}garbage`, 'abc');
		storage.setItem(`${KEPT_PREFIX}2026-03-02T09:00:00.000Z`, 'dated');
		const copies = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z')).keptCopies();
		expect(copies.map(({ text, keptAt }) => [text, keptAt])).toEqual([
			['dated', NOW],
			['abc', undefined],
		]);
	});

	it('keeps the same bytes only once, however often they turn up', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		storage.setItem(PROGRESS_KEY, 'garbage');
		store.recover();
		storage.setItem(PROGRESS_KEY, 'garbage');
		store.recover();
		expect(store.keptCopies()).toHaveLength(1);
	});

	it('gives two different unreadable values their own keys in the same millisecond', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		storage.setItem(PROGRESS_KEY, 'first');
		store.recover();
		storage.setItem(PROGRESS_KEY, 'second');
		store.recover();
		expect(store.keptCopies().map((copy) => copy.text)).toEqual(['first', 'second']);
		expect(store.keptCopies()[1].keptAt).toEqual(NOW);
	});

	it('writes nothing when the unreadable value cannot be kept aside', () => {
		const storage = new MemoryStorage(/kept/);
		storage.items.set(PROGRESS_KEY, 'garbage');
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.recover()).toEqual({ state: 'blocked', reason: 'not-json' });
		expect(store.read().health).toEqual({ state: 'blocked', reason: 'not-json' });
		const outcome = store.update((document) => ({ ...document, cards: { 1: card() } }));
		expect(outcome).toMatchObject({ ok: false, health: { state: 'blocked' } });
		expect(storage.getItem(PROGRESS_KEY)).toBe('garbage');
	});

	it('reports a failed write instead of throwing', () => {
		const store = new ProgressStore(new MemoryStorage(/^sre:progress$/), at('2026-03-02T09:00:00.000Z'));
		expect(store.update((document) => document)).toMatchObject({ ok: false, message: expect.stringContaining('not saved') });
	});

	it('works without storage, saying so', () => {
		const store = new ProgressStore(undefined, at('2026-03-02T09:00:00.000Z'));
		expect(store.read().health).toEqual({ state: 'unavailable' });
		expect(store.update((document) => document)).toMatchObject({ ok: false, health: { state: 'unavailable' } });
		expect(store.keptCopies()).toEqual([]);
	});

	it('discards only kept copies', () => {
		const storage = new MemoryStorage();
		storage.setItem(PROGRESS_KEY, 'garbage');
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		store.recover();
		const [copy] = store.keptCopies();
		expect(() => store.discardKept(PROGRESS_KEY)).toThrow();
		store.discardKept(copy.key);
		expect(store.keptCopies()).toEqual([]);
	});

	it('repairs on read a schedule the scheduler would refuse, and saves the repair with the next write (F1)', () => {
		const storage = new MemoryStorage();
		const broken = card({ lastReview: '2026-02-20T08:00:00.000Z' });
		broken.schedule!.stability = -5;
		storage.setItem(PROGRESS_KEY, serializeProgress(documentWith({ 1: broken, 2: card() })));
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		const { document, repairs, health } = store.read();
		expect(health).toEqual({ state: 'ok' });
		expect(repairs).toEqual([{ id: '1', problem: 'its stability (-5) is not above zero', fix: 'restarted' }]);
		expect(document.cards[1]).toEqual({ ...broken, schedule: null });
		store.update((current) => current);
		expect(store.read().repairs).toEqual([]);
	});

	it('gives the stored bytes exactly as they are, readable or not (F3)', () => {
		const storage = new MemoryStorage(/kept/);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.storedText()).toBeNull();
		storage.items.set(PROGRESS_KEY, '{"cards":{"1": BROKEN');
		expect(store.read().health.state).toBe('blocked');
		expect(store.storedText()).toBe('{"cards":{"1": BROKEN');
		expect(new ProgressStore(undefined).storedText()).toBeUndefined();
	});

	describe('two tabs whose writes cross (F5)', () => {
		/** Each tab has its own copy of the storage, as each renderer does; `deliver` makes one tab's value the other's, as a late write does. */
		function twoTabs() {
			let time = Date.parse('2026-03-02T09:00:00.000Z');
			const clock = () => new Date(time);
			const storageA = new MemoryStorage();
			const storageB = new MemoryStorage();
			return {
				storageA,
				tabA: new ProgressStore(storageA, clock),
				tabB: new ProgressStore(storageB, clock),
				deliver: (from: MemoryStorage, to: MemoryStorage) => to.setItem(PROGRESS_KEY, from.getItem(PROGRESS_KEY)!),
				storageB,
				wait: (ms: number) => (time += ms),
			};
		}

		it('puts back a card that the other tab’s write hid', () => {
			const { tabA, tabB, storageA, storageB, deliver } = twoTabs();
			tabA.update((document) => addToDeck(document, 1, NOW));
			tabB.update((document) => addToDeck(document, 2, NOW));
			deliver(storageB, storageA);
			expect(Object.keys(tabA.read().document.cards)).toEqual(['2']);
			expect(tabA.reconcile()).toMatchObject({ ok: true });
			expect(Object.keys(tabA.read().document.cards).sort()).toEqual(['1', '2']);
			// Once everything is there, a second event writes nothing.
			expect(tabA.reconcile()).toBeUndefined();
		});

		it('keeps the other tab’s later work on the same card', () => {
			const { tabA, tabB, storageA, storageB, deliver, wait } = twoTabs();
			tabA.update((document) => addToDeck(document, 1, new Date('2026-03-02T09:00:00.000Z')));
			wait(10);
			tabB.update((document) => dropFromDeck(addToDeck(document, 1, new Date('2026-03-02T09:00:00.000Z')), 1, new Date('2026-03-02T09:00:00.010Z')));
			deliver(storageB, storageA);
			expect(tabA.reconcile()).toBeUndefined();
			expect(tabA.read().document.cards[1].inDeck).toBe(false);
		});

		it('forgets its writes after a while, and after a reset of its own', () => {
			const { tabA, tabB, storageA, storageB, deliver, wait } = twoTabs();
			tabA.update((document) => addToDeck(document, 1, NOW));
			wait(RECENT_WRITE_MS + 1);
			tabB.update((document) => addToDeck(document, 2, NOW));
			deliver(storageB, storageA);
			expect(tabA.reconcile()).toBeUndefined();

			tabA.update((document) => addToDeck(document, 3, NOW));
			tabA.update(() => emptyProgress(NOW));
			tabB.update((document) => addToDeck(document, 4, NOW));
			deliver(storageB, storageA);
			expect(tabA.reconcile()).toBeUndefined();
		});
	});
});
