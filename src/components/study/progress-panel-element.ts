/**
 * `<sre-progress-panel>`: counts, export, import (validated, merged by latest review), reset
 * with confirmation, and the copies of unreadable progress kept aside. See ProgressPanel.astro.
 */
import { deckCounts, unknownCardIds } from '../../lib/due';
import { parseIdRanges } from '../../lib/id-ranges';
import {
	keptCopyDescription,
	keptCopyFileName,
	keptCopyWhen,
	mergeMessage,
	rejectedImportMessage,
	repairNotice,
	salvageMessage,
	saveFailureNotice,
	unknownCardsNotice,
	unreadableExportMessage,
} from '../../lib/progress-messages';
import { emptyProgress, mergeProgress, parseProgress, type KeptCopy, type MergeResult, type ProgressDocument } from '../../lib/progress-store';
import { repairSchedules } from '../../lib/schedule-repair';
import { announceProgressChange, changeProgress, onProgressChange, openProgressStore } from './browser-progress';
import { countOf } from '../../lib/plural';
import { downloadText } from './dom';
import { fetchStudyCards } from './cards-client';
import { ownAnswersMarkdown } from '../../lib/own-answers-markdown';
import { reviewLogCsv } from '../../lib/review-log';
import { shortPath, withBase } from '../../lib/permalinks';

/** Files larger than this are not progress exports; refusing them keeps a stray video from freezing the tab. */
const MAX_IMPORT_BYTES = 5_000_000;

const dateStamp = (date: Date) => date.toISOString().slice(0, 10);

class ProgressPanel extends HTMLElement {
	readonly #store = openProgressStore();
	/** The bank's question ids: what the counts cover. */
	#bankIds: number[] = [];

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	connectedCallback() {
		this.#bankIds = parseIdRanges(this.dataset.ids!);
		const fileInput = this.#part<HTMLInputElement>('.import-file');
		this.#part('.export').addEventListener('click', () => this.#export());
		this.#part('.import').addEventListener('click', () => fileInput.click());
		fileInput.addEventListener('change', async () => {
			const file = fileInput.files?.[0];
			fileInput.value = '';
			if (file) await this.#import(file);
		});
		this.#part('.reset').addEventListener('click', () => this.#reset());
		this.#part('.download-answers').addEventListener('click', () => this.#downloadAnswers());
		this.#part('.download-reviews').addEventListener('click', () => {
			const reviews = this.#store.read().document.reviews ?? [];
			downloadText(`sre-prep-reviews-${dateStamp(new Date())}.csv`, reviewLogCsv(reviews), 'text/csv');
			this.#say(`Downloaded ${countOf(reviews.length, 'review')} as CSV.`);
		});
		this.#part('.confirm-export').addEventListener('click', () => this.#export());
		onProgressChange(() => this.#render());
		this.#render();
		this.removeAttribute('data-needs-js');
	}

	#render() {
		const { document: progress, health } = this.#store.read();
		const stats: Record<string, number> = { ...deckCounts(progress, new Date(), this.#bankIds) };
		for (const element of this.querySelectorAll<HTMLElement>('[data-stat]')) element.textContent = String(stats[element.dataset.stat!]);
		const unknown = unknownCardsNotice(unknownCardIds(progress, this.#bankIds));
		this.#part('.unknown').hidden = !unknown;
		this.#part('.unknown').textContent = unknown ?? '';
		// With nothing readable to export, the button offers the stored bytes instead (see #export).
		this.#part('.export').textContent = health.state === 'blocked' ? 'Download saved progress as it is' : 'Export progress';
		this.#part('.download-answers').hidden = Object.keys(progress.answers ?? {}).length === 0;
		this.#part('.download-reviews').hidden = (progress.reviews ?? []).length === 0;
		this.#renderKept(this.#store.keptCopies());
	}

	#renderKept(copies: KeptCopy[]) {
		this.#part('.kept').hidden = copies.length === 0;
		this.#part('.kept-list').replaceChildren(...copies.map((copy) => this.#keptItem(copy)));
	}

	#keptItem(copy: KeptCopy): HTMLLIElement {
		const item = document.createElement('li');
		const text = document.createElement('p');
		text.textContent = `${keptCopyWhen(copy)} (${copy.text.length.toLocaleString('en')} characters). ${keptCopyDescription(copy)}`;
		const actions = document.createElement('div');
		actions.className = 'kept-actions';
		const button = (label: string, onClick: () => void) => {
			const element = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: label });
			element.addEventListener('click', onClick);
			actions.append(element);
		};
		button('Download kept copy', () => downloadText(keptCopyFileName(copy), copy.text));
		const { parsed } = copy;
		if (parsed.ok) button('Merge into my progress', () => this.#merge(parsed.document, (result) => `Kept copy merged. ${mergeMessage(result)}`));
		const readable = copy.readable;
		if (readable && Object.keys(readable.cards).length > 0) {
			button(`Merge its ${countOf(Object.keys(readable.cards).length, 'readable card')}`, () =>
				this.#merge({ ...emptyProgress(new Date()), cards: readable.cards }, (result) => salvageMessage(result, readable)),
			);
		}
		button('Delete kept copy…', async () => {
			const confirmed = await this.#confirm(
				'Delete the kept copy?',
				'It is the only copy of that saved progress. Download it first if you might want it: once deleted, it cannot be recovered.',
				'Delete kept copy',
				false,
			);
			if (!confirmed) return;
			this.#store.discardKept(copy.key);
			announceProgressChange();
			this.#say('The kept copy was deleted.');
		});
		item.append(text, actions);
		return item;
	}

	#export() {
		const { document: progress, health } = this.#store.read();
		const stored = this.#store.storedText();
		if (health.state === 'blocked' && stored) {
			// The only copy of the reader's progress is bytes this page cannot read: an export of the
			// empty document it shows would look like a backup and hold nothing.
			downloadText(`sre-prep-progress-unreadable-${dateStamp(new Date())}.json`, stored);
			return this.#say(unreadableExportMessage(stored.length));
		}
		downloadText(`sre-prep-progress-${dateStamp(new Date())}.json`, JSON.stringify(progress, null, 2));
		this.#say(`Exported ${countOf(Object.keys(progress.cards).length, 'question')}.`);
	}

	/** The reader's own answers as one Markdown file, each under its question's title and permalink. */
	async #downloadAnswers() {
		const answers = this.#store.read().document.answers ?? {};
		let titles: Map<number, string>;
		try {
			titles = new Map((await fetchStudyCards(this.dataset.cardsUrl!)).map((card) => [card.id, card.title]));
		} catch (error) {
			return this.#say(`Your answers were not downloaded: ${(error as Error).message}`, 'error');
		}
		const permalink = (id: number) => new URL(withBase(shortPath(id), this.dataset.base!), location.origin).href;
		downloadText(`sre-prep-my-answers-${dateStamp(new Date())}.md`, ownAnswersMarkdown(answers, titles, permalink, new Date()), 'text/markdown');
		this.#say(`Downloaded ${countOf(Object.keys(answers).length, 'answer')} as Markdown.`);
	}

	async #import(file: File) {
		if (file.size > MAX_IMPORT_BYTES) return this.#say(rejectedImportMessage('it is too large to be a progress file'), 'error');
		let text: string;
		try {
			text = await file.text();
		} catch {
			return this.#say(rejectedImportMessage('it could not be read'), 'error');
		}
		const parsed = parseProgress(text);
		if (!parsed.ok) return this.#say(rejectedImportMessage(parsed.detail), 'error');
		this.#merge(parsed.document, mergeMessage);
	}

	/** Merges a document into the saved one, keeping the latest review of each question; schedules the scheduler cannot use are repaired first. */
	#merge(incoming: ProgressDocument, message: (result: MergeResult) => string) {
		const { document: repaired, repairs } = repairSchedules(incoming, new Date());
		let result: MergeResult | undefined;
		const outcome = changeProgress(this.#store, (current) => {
			result = mergeProgress(current, repaired, new Date());
			return result.document;
		});
		if (outcome.ok) this.#say([message(result!), repairNotice(repairs)].filter(Boolean).join(' '));
		else this.#say(saveFailureNotice(outcome), 'error');
	}

	async #reset() {
		const count = Object.keys(this.#store.read().document.cards).length;
		const confirmed = await this.#confirm(
			'Reset all study progress?',
			`This deletes the schedule and history of ${countOf(count, 'question')} in this browser. It cannot be undone, so export a copy first if you may want it back.`,
			'Reset progress',
			true,
		);
		if (!confirmed) return;
		const outcome = changeProgress(this.#store, () => emptyProgress(new Date()));
		if (outcome.ok) this.#say('Your progress was reset.');
		else this.#say(saveFailureNotice(outcome), 'error');
	}

	/** Asks in a modal dialog; resolves true only when the reader presses the confirm button. */
	#confirm(title: string, text: string, confirmLabel: string, offerExport: boolean): Promise<boolean> {
		const dialog = this.#part<HTMLDialogElement>('.confirm');
		this.#part('#confirm-title').textContent = title;
		this.#part('#confirm-text').textContent = text;
		this.#part('.confirm-ok').textContent = confirmLabel;
		this.#part('.confirm-export').hidden = !offerExport;
		dialog.returnValue = '';
		dialog.showModal();
		return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
	}

	#say(text: string, tone: 'info' | 'error' = 'info') {
		const message = this.#part('.message');
		message.dataset.tone = tone;
		message.textContent = text;
	}
}

customElements.define('sre-progress-panel', ProgressPanel);
