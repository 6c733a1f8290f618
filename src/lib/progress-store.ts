/**
 * Where the reader's progress document (`progress-document.ts`) lives: one localStorage key,
 * always written whole, so a write either lands completely or not at all.
 *
 * This is the reader's work, not a preference: a value that cannot be read (broken JSON, another
 * shape, or a newer version of this document) is never overwritten or dropped. `recover()`, run
 * when the store is opened and after another tab wrote, copies it aside under its own key and
 * reads the copy back; only then does a fresh document take its place. If the copy cannot be
 * made, nothing is written at all. `read()` never writes. The UI tells the reader and offers the
 * kept copy as a download.
 */
import { emptyProgress, parseProgress, readableCards, serializeProgress, type CardProgress, type ParseResult, type ProgressDocument, type ReadableCards, type UnreadableReason } from './progress-document';
import { isNewerRecord } from './progress-ops';
import { repairSchedules, type ScheduleRepair } from './schedule-repair';

/** Key of the progress document. */
export const PROGRESS_KEY = 'sre:progress';

/** Prefix of the keys that hold unreadable values kept aside; the rest of the key is when. */
export const KEPT_PREFIX = 'sre:progress:kept:';

/** The slice of the Web Storage API the store uses, so tests can pass a fake. */
export interface KeyValueStorage {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** An unreadable value kept aside, with what reading it gives today. */
export interface KeptCopy {
	key: string;
	/** When it was kept aside (from the key); undefined when the key holds no date (written by something else). */
	keptAt: Date | undefined;
	/** The original bytes, unchanged. */
	text: string;
	/** Why it could not be read, or the document once this version can read it (a copy from a newer site, after an upgrade). */
	parsed: ParseResult;
	/** When it cannot be read as a whole: the cards that can be read on their own, if any part of it is trustworthy. */
	readable: ReadableCards | undefined;
}

/** When a copy was kept aside, read from its key (`sre:progress:kept:<ISO time>[#n]`), if the key says. */
function keptAtOf(key: string): Date | undefined {
	const date = new Date(key.slice(KEPT_PREFIX.length).replace(/#\d+$/, ''));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Where the stored document stands:
 * - `ok`: readable, or nothing saved yet;
 * - `kept-aside` (from `recover()` only): the stored value was unreadable and is now safe under `keptKey`; saving works;
 * - `blocked`: the stored value is unreadable and not safe aside (there was no room to copy it), so nothing is saved over it;
 * - `unavailable`: the browser refuses storage (private mode settings, disabled site data).
 */
export type StoreHealth =
	| { state: 'ok' }
	| { state: 'kept-aside'; keptKey: string; reason: UnreadableReason }
	| { state: 'blocked'; reason: UnreadableReason }
	| { state: 'unavailable' };

export interface ReadOutcome {
	document: ProgressDocument;
	health: StoreHealth;
	/** Schedules the scheduler could not have used, repaired in `document` (and saved with the next write). */
	repairs: ScheduleRepair[];
}

/** What reading gives right after `document` was written: no problem, nothing left to repair. */
export const readAfterWrite = (document: ProgressDocument): ReadOutcome => ({ document, health: { state: 'ok' }, repairs: [] });

export type WriteOutcome = { ok: true; document: ProgressDocument } | { ok: false; health: StoreHealth; message: string };

/**
 * How long this tab remembers the cards it wrote, to put them back if another tab's write hid
 * them. Another tab sees a localStorage write 1-20 ms later in Chromium; this leaves room for a
 * busy machine while keeping a reset done elsewhere from being undone by an old write.
 */
export const RECENT_WRITE_MS = 5_000;

/**
 * Progress over a key-value storage. Every write reads the stored document again and applies the
 * change to it, so two tabs that each grade cards never erase each other's work. Two writes a few
 * milliseconds apart can still cross (each tab reads before it sees the other's write), so the
 * store also remembers the cards it wrote lately and `reconcile()`, called when another tab has
 * written, puts back any of them that the other write hid. A lock would not be enough: it orders
 * the writes, but not when each tab's copy of localStorage sees them.
 */
export class ProgressStore {
	readonly #storage: KeyValueStorage | undefined;
	readonly #now: () => Date;
	/** Cards this store wrote in the last `RECENT_WRITE_MS`, by id, with when. */
	readonly #recentWrites = new Map<string, { card: CardProgress; at: number }>();

	/** `storage` is undefined when the browser refuses it; `now` is injected for tests. */
	constructor(storage: KeyValueStorage | undefined, now: () => Date = () => new Date()) {
		this.#storage = storage;
		this.#now = now;
	}

	/**
	 * The current document, with schedules the scheduler cannot use repaired (see `repairs`; they
	 * are saved with the next write). Never writes: an unreadable stored value reads as an empty
	 * document, `blocked` until `recover()` has kept it aside.
	 */
	read(): ReadOutcome {
		const now = this.#now();
		const empty = (health: StoreHealth): ReadOutcome => ({ document: emptyProgress(now), health, repairs: [] });
		const text = this.storedText();
		if (text === undefined) return empty({ state: 'unavailable' });
		if (text === null) return empty({ state: 'ok' });
		const parsed = parseProgress(text);
		return parsed.ok ? { ...repairSchedules(parsed.document, now), health: { state: 'ok' } } : empty({ state: 'blocked', reason: parsed.reason });
	}

	/**
	 * Makes an unreadable stored value safe: copies it aside (once; the same bytes are never kept
	 * twice) and, once the copy reads back, puts an empty document in its place, so it is not kept
	 * again and a newer version of the site can merge it back from the kept key. Run it when the
	 * store is opened and after another tab wrote; `update()` runs it when it meets such a value.
	 */
	recover(): StoreHealth {
		const text = this.storedText();
		if (text === undefined) return { state: 'unavailable' };
		if (text === null) return { state: 'ok' };
		const parsed = parseProgress(text);
		if (parsed.ok) return { state: 'ok' };
		const storage = this.#storage!;
		const keptKey = this.#keepAside(storage, text);
		if (!keptKey) return { state: 'blocked', reason: parsed.reason };
		try {
			storage.setItem(PROGRESS_KEY, serializeProgress(emptyProgress(this.#now())));
		} catch {
			/* The next write tries again; the original is already kept. */
		}
		return { state: 'kept-aside', keptKey, reason: parsed.reason };
	}

	/** The stored value exactly as it is (null when there is none), or undefined when storage is refused. */
	storedText(): string | null | undefined {
		try {
			return this.#storage ? this.#storage.getItem(PROGRESS_KEY) : undefined;
		} catch {
			return undefined;
		}
	}

	/** Applies `change` to the freshly read document and writes the result whole. */
	update(change: (document: ProgressDocument) => ProgressDocument): WriteOutcome {
		let stored = this.read();
		// An unreadable value written since the store was opened is kept aside before anything replaces it.
		if (stored.health.state === 'blocked' && this.recover().state !== 'blocked') stored = this.read();
		const { document, health } = stored;
		if (health.state === 'blocked') {
			return { ok: false, health, message: 'Progress was not saved: the saved copy could not be read or kept aside, so it was left untouched.' };
		}
		if (health.state === 'unavailable') return { ok: false, health, message: 'Progress was not saved: this browser is blocking site storage.' };
		const next = { ...change(document), savedAt: this.#now().toISOString() };
		try {
			this.#storage!.setItem(PROGRESS_KEY, serializeProgress(next));
		} catch {
			return { ok: false, health, message: 'Progress was not saved: browser storage is full or blocked.' };
		}
		this.#rememberWrites(document, next);
		return { ok: true, document: next };
	}

	/**
	 * After another tab wrote: writes back the cards this store wrote lately that the stored
	 * document no longer holds (or holds in an older state). Returns the write's outcome, or
	 * undefined when nothing was missing.
	 */
	reconcile(): WriteOutcome | undefined {
		const cutoff = this.#now().getTime() - RECENT_WRITE_MS;
		for (const [id, { at }] of this.#recentWrites) if (at < cutoff) this.#recentWrites.delete(id);
		if (this.#recentWrites.size === 0) return undefined;
		const { document, health } = this.read();
		if (health.state !== 'ok') return undefined;
		const missing = [...this.#recentWrites].filter(([id, { card }]) => {
			const stored = document.cards[id];
			return !stored || isNewerRecord(card, stored);
		});
		if (missing.length === 0) return undefined;
		return this.update((current) => ({ ...current, cards: { ...current.cards, ...Object.fromEntries(missing.map(([id, { card }]) => [id, card])) } }));
	}

	/** Notes which cards a write changed; a card it removed (a reset) is forgotten, so it is not put back. */
	#rememberWrites(before: ProgressDocument, after: ProgressDocument) {
		const at = this.#now().getTime();
		for (const [id, card] of Object.entries(after.cards)) if (before.cards[id] !== card) this.#recentWrites.set(id, { card, at });
		for (const id of Object.keys(before.cards)) if (!Object.hasOwn(after.cards, id)) this.#recentWrites.delete(id);
	}

	/** Every value kept aside, oldest first. */
	keptCopies(): KeptCopy[] {
		const storage = this.#storage;
		if (!storage) return [];
		const copies: KeptCopy[] = [];
		try {
			for (const key of this.#keptKeys(storage)) {
				const text = storage.getItem(key);
				if (text === null) continue;
				const parsed = parseProgress(text);
				copies.push({ key, keptAt: keptAtOf(key), text, parsed, readable: parsed.ok ? undefined : readableCards(text) });
			}
		} catch {
			return [];
		}
		// Copies whose key holds no date come last.
		return copies.sort((a, b) => (a.keptAt?.getTime() ?? Infinity) - (b.keptAt?.getTime() ?? Infinity));
	}

	/** Deletes a kept copy once the reader has chosen to. */
	discardKept(key: string): void {
		if (!key.startsWith(KEPT_PREFIX)) throw new Error(`${key} is not a kept copy`);
		this.#storage?.removeItem(key);
	}

	#keptKeys(storage: KeyValueStorage): string[] {
		const keys: string[] = [];
		for (let index = 0; index < storage.length; index++) {
			const key = storage.key(index);
			if (key?.startsWith(KEPT_PREFIX)) keys.push(key);
		}
		return keys;
	}

	/** Copies `text` under a new kept key unless an identical copy exists; returns the key, or undefined if it could not be kept. */
	#keepAside(storage: KeyValueStorage, text: string): string | undefined {
		try {
			const existing = this.#keptKeys(storage).find((key) => storage.getItem(key) === text);
			if (existing) return existing;
			const stamp = KEPT_PREFIX + this.#now().toISOString();
			let key = stamp;
			// Two different values kept in the same millisecond must not share a key.
			for (let n = 2; storage.getItem(key) !== null; n++) key = `${stamp}#${n}`;
			storage.setItem(key, text);
			// Read back: only a copy that is really there makes it safe to write over the original.
			return storage.getItem(key) === text ? key : undefined;
		} catch {
			return undefined;
		}
	}
}
