/**
 * `<sre-own-answer>` of OwnAnswer.astro. State: the question id, the saved answer the text area
 * started from (`#base`), and whether the reader has typed since. Saving waits for a pause in typing;
 * before it writes, it checks that the saved answer is still `#base`, so another tab's edit is shown
 * and the reader chooses, instead of one silently replacing the other.
 */
import type { OwnAnswer } from '../../lib/progress-document';
import { saveFailureNotice } from '../../lib/progress-messages';
import { withOwnAnswer } from '../../lib/progress-ops';
import type { ReadOutcome } from '../../lib/progress-store';
import { changeProgress, onProgressChange, openProgressStore } from './browser-progress';
import { partOf } from './dom';

/** How long typing must pause before the answer is saved. */
const SAVE_AFTER_MS = 700;

const sameAnswer = (a: OwnAnswer | undefined, b: OwnAnswer | undefined) => a?.text === b?.text && a?.changedAt === b?.changedAt;

// Not a `ProgressElement`: question pages carry this element, and the base would be one more file for them.
class OwnAnswerElement extends HTMLElement {
	static observedAttributes = ['data-id'];
	readonly #store = openProgressStore();
	#listeners: AbortController | undefined;
	#base: OwnAnswer | undefined;
	#dirty = false;
	#timer: number | undefined;
	#parts!: { text: HTMLTextAreaElement; status: HTMLElement; conflict: HTMLElement; theirs: HTMLElement; failure: HTMLElement };

	get #id(): number | undefined {
		const id = Number(this.dataset.id);
		return Number.isInteger(id) && id > 0 ? id : undefined;
	}

	/** The saved answer to the card on show, from `progress` or else a fresh read. */
	#saved(progress: ReadOutcome = this.#store.read()): OwnAnswer | undefined {
		const id = this.#id;
		return id === undefined ? undefined : progress.document.answers?.[id];
	}

	connectedCallback() {
		this.#listeners = new AbortController();
		const { signal } = this.#listeners;
		const part = <T extends HTMLElement>(selector: string) => partOf<T>(this, selector);
		this.#parts = {
			text: part('.own-answer-text'),
			status: part('.own-answer-status'),
			conflict: part('.own-answer-conflict'),
			theirs: part('.own-answer-theirs'),
			failure: part('.own-answer-failure'),
		};
		this.#parts.text.addEventListener('input', () => this.#onInput(), { signal });
		this.#parts.text.addEventListener('blur', () => this.#saveNow(), { signal });
		part('.keep-mine').addEventListener('click', () => this.#write(), { signal });
		part('.keep-theirs').addEventListener('click', () => this.#load(), { signal });
		// Its own writes are skipped: it has already shown them.
		onProgressChange((progress, source) => source !== this && this.#onStoredChange(progress), signal);
		this.#load();
		this.removeAttribute('data-needs-js');
	}

	disconnectedCallback() {
		this.#saveNow();
		this.#listeners?.abort();
	}

	attributeChangedCallback(_name: string, previous: string | null, next: string | null) {
		if (!this.#parts || previous === next) return;
		// The flashcard moved on: keep what was typed for the previous card before showing the next.
		if (this.#dirty && previous) this.#saveFor(Number(previous));
		this.#load();
	}

	/** Shows the saved answer and forgets any unsaved state. */
	#load(saved = this.#saved()) {
		window.clearTimeout(this.#timer);
		this.#base = saved;
		this.#dirty = false;
		this.#parts.text.value = this.#base?.text ?? '';
		this.#parts.conflict.hidden = true;
		this.#parts.status.textContent = this.#base ? `Saved ${new Date(this.#base.changedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.` : '';
	}

	#onInput() {
		this.#dirty = true;
		this.#parts.status.textContent = 'Not saved yet…';
		window.clearTimeout(this.#timer);
		this.#timer = window.setTimeout(() => this.#saveNow(), SAVE_AFTER_MS);
	}

	/** Another tab (or element) changed progress: follow it unless the reader is mid-edit. */
	#onStoredChange(progress: ReadOutcome) {
		const saved = this.#saved(progress);
		if (sameAnswer(saved, this.#base)) return;
		if (this.#dirty) this.#showConflict(saved);
		else this.#load(saved);
	}

	#saveNow() {
		window.clearTimeout(this.#timer);
		if (!this.#dirty || this.#id === undefined) return;
		const saved = this.#saved();
		if (!sameAnswer(saved, this.#base)) return this.#showConflict(saved);
		this.#write();
	}

	#showConflict(saved: OwnAnswer | undefined) {
		this.#parts.theirs.textContent = saved?.text || '(empty: it was deleted)';
		this.#parts.conflict.hidden = false;
		this.#parts.status.textContent = 'Not saved: see below.';
	}

	/** Writes the text area as the answer to the card on show. */
	#write() {
		const id = this.#id;
		if (id !== undefined) this.#saveFor(id);
	}

	#saveFor(id: number) {
		const text = this.#parts.text.value;
		const now = new Date();
		const outcome = changeProgress(this.#store, (document) => withOwnAnswer(document, id, text, now), this);
		this.#parts.failure.hidden = outcome.ok;
		this.#parts.failure.textContent = outcome.ok ? '' : saveFailureNotice(outcome);
		if (!outcome.ok) {
			this.#parts.status.textContent = 'Not saved.';
			return;
		}
		this.#dirty = false;
		this.#base = outcome.document.answers?.[id];
		this.#parts.conflict.hidden = true;
		this.#parts.status.textContent = text.trim() === '' ? 'Your answer was removed.' : 'Saved.';
	}
}

customElements.define('sre-own-answer', OwnAnswerElement);
