/**
 * The browser edge of the progress store, shared by every study element on a page: opens the
 * store on localStorage and tells elements when progress changed, here or in another tab.
 */
import { storeNotice } from '../../lib/progress-messages';
import { KEPT_PREFIX, PROGRESS_KEY, ProgressStore, type ProgressDocument, type StoreHealth, type WriteOutcome } from '../../lib/progress-store';

/** Fired on window after this tab writes progress; other tabs hear a `storage` event instead. */
const LOCAL_CHANGE = 'sre:progress-change';

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

export function openProgressStore(): ProgressStore {
	return new ProgressStore(browserStorage());
}

/** Lets every element on the page re-render after this tab changed stored progress. */
export function announceProgressChange(): void {
	window.dispatchEvent(new Event(LOCAL_CHANGE));
}

/** Writes a change and lets every element on the page re-render. */
export function changeProgress(store: ProgressStore, change: (document: ProgressDocument) => ProgressDocument): WriteOutcome {
	const outcome = store.update(change);
	announceProgressChange();
	return outcome;
}

/** Calls `render` whenever progress changes, in this tab or another (so open tabs stay consistent). */
export function onProgressChange(render: () => void): void {
	window.addEventListener(LOCAL_CHANGE, render);
	window.addEventListener('storage', (event) => {
		if (event.key === null || event.key === PROGRESS_KEY || event.key.startsWith(KEPT_PREFIX)) render();
	});
}

/** Shows or hides the `StoreNotice.astro` inside `container` for the store's current health. */
export function showStoreNotice(container: HTMLElement, store: ProgressStore, health: StoreHealth): void {
	const notice = storeNotice(health, store.keptCopies());
	container.querySelector<HTMLElement>('.store-notice')!.hidden = !notice;
	container.querySelector('.store-notice-text')!.textContent = notice ?? '';
}
