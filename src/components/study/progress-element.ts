/**
 * The base of the study screens' custom elements (`<sre-study>`, `<sre-mock>`,
 * `<sre-progress-panel>`): the tab's store, one read per progress change handed to
 * `progressChanged()`, the parts of `StoreNotice.astro` and the `.announcer` live region, and
 * listeners that go when the element leaves the page. The small elements of reading pages
 * (`<sre-question-study>`, `<sre-own-answer>`, `<sre-due-summary>`) use `browser-progress.ts`
 * directly, so those pages load one file less.
 */
import type { ProgressDocument } from '../../lib/progress-document';
import type { ReadOutcome, WriteOutcome } from '../../lib/progress-store';
import { changeProgress, onProgressChange, openProgressStore, showSaveFailure, showSaveOutcome, showStoreNotice } from './browser-progress';
import { partOf } from './dom';

export abstract class ProgressElement extends HTMLElement {
	protected readonly store = openProgressStore();
	#listeners: AbortController | undefined;
	#announcer: HTMLElement | undefined;

	connectedCallback() {
		this.#listeners = new AbortController();
		const { signal } = this.#listeners;
		this.connect(signal);
		// The element that wrote has rendered its own change; the others render what was written.
		onProgressChange((progress, source) => source !== this && this.progressChanged(progress), signal);
		this.removeAttribute('data-needs-js');
	}

	disconnectedCallback() {
		this.#listeners?.abort();
	}

	/** Queries the parts, adds listeners (each with `signal`, so all go when the element leaves the page) and renders the first state. */
	protected abstract connect(signal: AbortSignal): void;

	/** Renders progress changed by another element or tab, from the one read of that change. */
	protected abstract progressChanged(progress: ReadOutcome): void;

	/** Writes a change without telling this element (it renders from the outcome), and tells every other. */
	protected save(change: (document: ProgressDocument) => ProgressDocument): WriteOutcome {
		return changeProgress(this.store, change, this);
	}

	/** Says `text` through the element's `.announcer` live region. */
	protected announce(text: string): void {
		this.#announcer ??= partOf(this, '.announcer');
		this.#announcer.textContent = text;
	}

	/** Shows or hides the store notice for what a read found. */
	protected showStoreNotice(progress: ReadOutcome): void {
		showStoreNotice(this, this.store, progress);
	}

	/** Shows (or, with undefined, hides) where the reader saved that the save failed. */
	protected showSaveFailure(text: string | undefined): void {
		showSaveFailure(this, text);
	}

	/** `showSaveFailure` for the outcome of a write. */
	protected showSaveOutcome(outcome: WriteOutcome): void {
		showSaveOutcome(this, outcome);
	}
}
