/**
 * The browser edge of the progress store, shared by every study element on a page: opens one
 * store on localStorage for the tab, tells elements when progress changed, here or in another tab,
 * and shows what went wrong where the reader can see it.
 */
import { repairNotice, saveFailureNotice, storeNotice } from '../../lib/progress-messages';
import type { ProgressDocument } from '../../lib/progress-document';
import { KEPT_PREFIX, PROGRESS_KEY, ProgressStore, readAfterWrite, type ReadOutcome, type WriteOutcome } from '../../lib/progress-store';

/** Fired on window after this tab writes progress; other tabs hear a `storage` event instead. */
const LOCAL_CHANGE = 'sre:progress-change';

/** What a local change carries: the document written (so listeners need not read it back), and who wrote it. */
interface LocalChange {
	written: ReadOutcome | undefined;
	source: unknown;
}

/** localStorage, or undefined when the browser refuses it (reading the property can throw). */
function browserStorage(): Storage | undefined {
	try {
		const storage = window.localStorage;
		void storage.length;
		return storage;
	} catch {
		return undefined;
	}
}

let tabStore: ProgressStore | undefined;

/**
 * The tab's one store. One per tab, not per element, because it remembers what this tab wrote
 * lately: when another tab's write crosses ours, the store puts our cards back (`reconcile()`).
 * Unreadable progress is kept aside (`recover()`) as the store opens, before any element reads
 * it, and again when another tab writes: this listener is added first, so it runs before theirs.
 */
export function openProgressStore(): ProgressStore {
	if (tabStore) return tabStore;
	const store = new ProgressStore(browserStorage());
	store.recover();
	window.addEventListener('storage', (event) => {
		if (event.key !== PROGRESS_KEY) return;
		store.recover();
		if (store.reconcile()) announceProgressChange();
	});
	tabStore = store;
	return store;
}

/** Lets every element on the page re-render after this tab changed stored progress (to `written`, when known). */
export function announceProgressChange(written?: ReadOutcome, source?: unknown): void {
	window.dispatchEvent(new CustomEvent<LocalChange>(LOCAL_CHANGE, { detail: { written, source } }));
}

/** Writes a change and lets every element on the page re-render; `source` (the writer) is passed on to them. */
export function changeProgress(store: ProgressStore, change: (document: ProgressDocument) => ProgressDocument, source?: unknown): WriteOutcome {
	const outcome = store.update(change);
	announceProgressChange(outcome.ok ? readAfterWrite(outcome.document) : undefined, source);
	return outcome;
}

/**
 * Calls `render` with the progress whenever it changes, in this tab or another (so open tabs stay
 * consistent), until `signal` aborts. `source` is who wrote it, for a change made in this tab.
 */
export function onProgressChange(render: (progress: ReadOutcome, source: unknown) => void, signal: AbortSignal): void {
	const store = openProgressStore();
	window.addEventListener(
		LOCAL_CHANGE,
		(event) => {
			const { written, source } = (event as CustomEvent<LocalChange>).detail;
			render(written ?? store.read(), source);
		},
		{ signal },
	);
	window.addEventListener(
		'storage',
		(event) => {
			if (event.key === null || event.key === PROGRESS_KEY || event.key.startsWith(KEPT_PREFIX)) render(store.read(), undefined);
		},
		{ signal },
	);
}

/** Shows or hides the `StoreNotice.astro` inside `container` for what a read found. */
export function showStoreNotice(container: HTMLElement, store: ProgressStore, { health, repairs }: ReadOutcome): void {
	const notice = [storeNotice(health, store.keptCopies()), repairNotice(repairs)].filter(Boolean).join(' ');
	container.querySelector<HTMLElement>('.store-notice')!.hidden = !notice;
	container.querySelector('.store-notice-text')!.textContent = notice;
}

/**
 * Shows, in the `StoreNotice.astro` inside `container`, that a save failed and what to do, or
 * hides it (undefined) after a save that worked. Visible, not only announced: a reader who saw
 * nothing would believe the work was kept.
 */
export function showSaveFailure(container: HTMLElement, text: string | undefined): void {
	const failure = container.querySelector<HTMLElement>('.save-failure')!;
	failure.hidden = !text;
	failure.textContent = text ?? '';
}

/** `showSaveFailure` for the outcome of a write. */
export function showSaveOutcome(container: HTMLElement, outcome: WriteOutcome): void {
	showSaveFailure(container, outcome.ok ? undefined : saveFailureNotice(outcome));
}
