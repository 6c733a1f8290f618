import { describe, expect, it } from 'vitest';
import {
	addToDeck,
	dropFromDeck,
	emptyProgress,
	isNewerRecord,
	KEPT_PREFIX,
	mergeProgress,
	parseProgress,
	readableCards,
	recordDrillRun,
	withOwnAnswer,
	OWN_ANSWER_MAX_LENGTH,
	RECENT_WRITE_MS,
	PROGRESS_KEY,
	ProgressStore,
	serializeProgress,
	type CardProgress,
	type KeyValueStorage,
	type ProgressDocument,
} from './progress-store';

const NOW = new Date('2026-03-02T09:00:00.000Z');

/** An in-memory Web Storage; `failWritesTo` makes writes to matching keys throw, like a full quota. */
class MemoryStorage implements KeyValueStorage {
	readonly items = new Map<string, string>();
	constructor(private readonly failWritesTo?: RegExp) {}
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWritesTo?.test(key)) throw new DOMException('quota', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

function card(extra: Partial<CardProgress> & { lastReview?: string } = {}): CardProgress {
	const { lastReview, ...rest } = extra;
	return {
		inDeck: true,
		changedAt: lastReview ?? '2026-03-01T08:00:00.000Z',
		lastGrade: lastReview ? 'good' : null,
		schedule: lastReview
			? { due: '2026-03-05T08:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: lastReview }
			: null,
		...rest,
	};
}

function documentWith(cards: Record<string, CardProgress>): ProgressDocument {
	return { ...emptyProgress(NOW), cards };
}

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

	it('migrates an older version forward, one version at a time', () => {
		// Made-up history to prove the chain: version 1 listed the deck as ids, version 2 added "cards".
		const migrations = {
			1: (old: Record<string, unknown>) => ({ ...old, cards: {}, deck: old.deck }),
			2: (old: Record<string, unknown>) => ({
				...old,
				cards: Object.fromEntries((old.deck as number[]).map((id) => [id, { inDeck: true, changedAt: old.savedAt, lastGrade: null, schedule: null }])),
			}),
		};
		const old = JSON.stringify({ app: 'sre-prep-progress', version: 1, savedAt: NOW.toISOString(), deck: [5] });
		expect(parseProgress(old, migrations, 3)).toMatchObject({
			ok: true,
			migratedFrom: 1,
			document: { version: 3, cards: { 5: { inDeck: true, schedule: null } } },
		});
		expect(parseProgress(old, { 1: migrations[1] }, 3)).toEqual({ ok: false, reason: 'not-progress', detail: 'format 2 cannot be upgraded' });
	});
});

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

describe('mergeProgress()', () => {
	it('keeps the latest review of each question and counts what happened', () => {
		const ours = documentWith({
			1: card({ lastReview: '2026-03-01T08:00:00.000Z' }),
			2: card({ lastReview: '2026-03-01T08:00:00.000Z' }),
			3: card(),
		});
		const theirs = documentWith({
			1: card({ lastReview: '2026-02-01T08:00:00.000Z' }),
			2: card({ lastReview: '2026-03-02T08:00:00.000Z' }),
			4: card(),
		});
		const result = mergeProgress(ours, theirs, NOW);
		expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
		expect(result.document.cards[1]).toBe(ours.cards[1]);
		expect(result.document.cards[2]).toBe(theirs.cards[2]);
		expect(result.document.cards[3]).toBe(ours.cards[3]);
		expect(result.document.cards[4]).toBe(theirs.cards[4]);
	});
});

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

	it('keeps an unreadable value aside, byte for byte, before anything overwrites it', () => {
		const storage = new MemoryStorage();
		const corrupt = '{"app":"sre-prep-progress","version":1,"cards":{"17":{"inDe';
		storage.setItem(PROGRESS_KEY, corrupt);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		const keptKey = `${KEPT_PREFIX}2026-03-02T09:00:00.000Z`;
		expect(store.read()).toEqual({ document: emptyProgress(NOW), health: { state: 'kept-aside', keptKey, reason: 'not-json' }, repairs: [] });
		expect(storage.getItem(keptKey)).toBe(corrupt);
		// Once kept, a fresh document takes the original's place, so the next read is clean.
		expect(storage.getItem(PROGRESS_KEY)).toBe(serializeProgress(emptyProgress(NOW)));
		expect(store.read().health).toEqual({ state: 'ok' });
		expect(store.keptCopies()).toHaveLength(1);
		expect(store.update((document) => ({ ...document, cards: { 1: card() } })).ok).toBe(true);
		expect(storage.getItem(keptKey)).toBe(corrupt);
	});

	it('keeps a newer version’s document aside as well, and reports it as such', () => {
		const storage = new MemoryStorage();
		const newer = JSON.stringify({ ...emptyProgress(NOW), version: 9 });
		storage.setItem(PROGRESS_KEY, newer);
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		expect(store.read().health).toMatchObject({ state: 'kept-aside', reason: 'newer-version' });
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
		store.read();
		storage.setItem(PROGRESS_KEY, 'garbage');
		store.read();
		expect(store.keptCopies()).toHaveLength(1);
	});

	it('gives two different unreadable values their own keys in the same millisecond', () => {
		const storage = new MemoryStorage();
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
		storage.setItem(PROGRESS_KEY, 'first');
		store.read();
		storage.setItem(PROGRESS_KEY, 'second');
		store.read();
		expect(store.keptCopies().map((copy) => copy.text)).toEqual(['first', 'second']);
		expect(store.keptCopies()[1].keptAt).toEqual(NOW);
	});

	it('writes nothing when the unreadable value cannot be kept aside', () => {
		const storage = new MemoryStorage(/kept/);
		storage.items.set(PROGRESS_KEY, 'garbage');
		const store = new ProgressStore(storage, at('2026-03-02T09:00:00.000Z'));
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
		store.read();
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

	it('are optional, and checked field by field when present', () => {
		expect(parseProgress(serializeProgress(emptyProgress(NOW))).ok).toBe(true);
		const bad = { ...emptyProgress(NOW), drills: { 1: { attempts: -1, best: null, changedAt: NOW.toISOString() } } };
		expect(parseProgress(JSON.stringify(bad))).toMatchObject({ ok: false, detail: 'drills.1.attempts is not a whole number' });
		expect(parseProgress(JSON.stringify({ ...bad, drills: { x: {} } }))).toMatchObject({ ok: false, detail: 'drills has a key "x" that is not a drill number' });
	});

	it('merge on import: the larger count and the better best', () => {
		const ours = recordDrillRun(recordDrillRun(emptyProgress(NOW), 1, { impact: 10, minutesToMitigate: 20 }, NOW), 1, { impact: 11, minutesToMitigate: 20 }, NOW);
		const theirs = recordDrillRun(recordDrillRun(emptyProgress(NOW), 1, { impact: 4, minutesToMitigate: 8 }, NOW), 2, { impact: 1, minutesToMitigate: 2 }, NOW);
		const merged = mergeProgress(ours, theirs, NOW).document.drills!;
		expect(merged[1]).toMatchObject({ attempts: 2, best: { impact: 4 } });
		expect(merged[2]).toMatchObject({ attempts: 1, best: { impact: 1 } });
		expect(mergeProgress(emptyProgress(NOW), emptyProgress(NOW), NOW).document).not.toHaveProperty('drills');
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

	it('are checked when present', () => {
		const long = { ...emptyProgress(NOW), answers: { 1: { text: 'x'.repeat(OWN_ANSWER_MAX_LENGTH + 1), changedAt: NOW.toISOString() } } };
		expect(parseProgress(JSON.stringify(long))).toMatchObject({ ok: false, detail: `answers.1.text is longer than ${OWN_ANSWER_MAX_LENGTH} characters` });
		expect(parseProgress(JSON.stringify({ ...long, answers: { 1: { text: 5, changedAt: NOW.toISOString() } } }))).toMatchObject({ detail: 'answers.1.text is not text' });
	});

	it('merge on import: the later of two copies wins', () => {
		const later = new Date(NOW.getTime() + 1000);
		const ours = withOwnAnswer(withOwnAnswer(emptyProgress(NOW), 1, 'ours, older', NOW), 2, 'ours, newer', later);
		const theirs = withOwnAnswer(withOwnAnswer(emptyProgress(NOW), 1, 'theirs, newer', later), 2, 'theirs, older', NOW);
		const merged = mergeProgress(ours, theirs, NOW).document.answers!;
		expect([merged[1].text, merged[2].text]).toEqual(['theirs, newer', 'ours, newer']);
	});
});
