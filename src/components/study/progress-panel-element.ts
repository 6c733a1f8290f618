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
import { emptyProgress, parseProgress, type ProgressDocument } from '../../lib/progress-document';
import { mergeProgress, type MergeResult } from '../../lib/progress-merge';
import { readAfterWrite, type KeptCopy, type ReadOutcome, type WriteOutcome } from '../../lib/progress-store';
import { repairSchedules } from '../../lib/schedule-repair';
import { announceProgressChange } from './browser-progress';
import { countOf } from '../../lib/plural';
import { fetchStudyCards } from './cards-client';
import { ownAnswersMarkdown } from '../../lib/own-answers-markdown';
import { reviewLogCsv } from '../../lib/review-log';
import { shortPath } from '../../lib/permalinks';
import { downloadText, partOf } from './dom';
import { ProgressElement } from './progress-element';
import { pathWithBase } from '../../lib/base-path';

/** Files larger than this are not progress exports; refusing them keeps a stray video from freezing the tab. */
const MAX_IMPORT_BYTES = 5_000_000;

const dateStamp = (date: Date) => date.toISOString().slice(0, 10);

/** The parts of ProgressPanel.astro this element reads and writes: its DOM contract. */
function panelParts(root: HTMLElement) {
	const part = <T extends HTMLElement = HTMLElement>(selector: string) => partOf<T>(root, selector);
	return {
		stats: [...root.querySelectorAll<HTMLElement>('[data-stat]')], unknown: part('.unknown'), message: part('.message'),
		export: part('.export'), import: part('.import'), importFile: part<HTMLInputElement>('.import-file'), reset: part('.reset'),
		downloadAnswers: part('.download-answers'), downloadReviews: part('.download-reviews'), kept: part('.kept'), keptList: part('.kept-list'),
		confirm: part<HTMLDialogElement>('.confirm'), confirmTitle: part('#confirm-title'), confirmText: part('#confirm-text'),
		confirmOk: part('.confirm-ok'), confirmExport: part('.confirm-export'),
	};
}

class ProgressPanel extends ProgressElement {
	#parts!: ReturnType<typeof panelParts>;
	/** The bank's question ids: what the counts cover. */
	#bankIds: number[] = [];

	protected connect(signal: AbortSignal) {
		this.#bankIds = parseIdRanges(this.dataset.ids!);
		const parts = (this.#parts = panelParts(this));
		parts.export.addEventListener('click', () => this.#export(), { signal });
		parts.import.addEventListener('click', () => parts.importFile.click(), { signal });
		parts.importFile.addEventListener('change', async () => {
			const file = parts.importFile.files?.[0];
			parts.importFile.value = '';
			if (file) await this.#import(file);
		}, { signal });
		parts.reset.addEventListener('click', () => this.#reset(), { signal });
		parts.downloadAnswers.addEventListener('click', () => this.#downloadAnswers(), { signal });
		parts.downloadReviews.addEventListener('click', () => {
			const reviews = this.store.read().document.reviews ?? [];
			downloadText(`sre-prep-reviews-${dateStamp(new Date())}.csv`, reviewLogCsv(reviews), 'text/csv');
			this.#say(`Downloaded ${countOf(reviews.length, 'review')} as CSV.`);
		}, { signal });
		parts.confirmExport.addEventListener('click', () => this.#export(), { signal });
		this.#render(this.store.read());
	}

	protected progressChanged(progress: ReadOutcome) {
		this.#render(progress);
	}

	/** Writes a change and shows the result: what `message` says of it, or why it was not saved. */
	#saveAndSay(change: (document: ProgressDocument) => ProgressDocument, message: () => string) {
		const outcome: WriteOutcome = this.save(change);
		this.#render(outcome.ok ? readAfterWrite(outcome.document) : this.store.read());
		if (outcome.ok) this.#say(message());
		else this.#say(saveFailureNotice(outcome), 'error');
	}

	#render({ document: progress, health }: ReadOutcome) {
		const parts = this.#parts;
		const stats: Record<string, number> = { ...deckCounts(progress, new Date(), this.#bankIds) };
		for (const element of parts.stats) element.textContent = String(stats[element.dataset.stat!]);
		const unknown = unknownCardsNotice(unknownCardIds(progress, this.#bankIds));
		parts.unknown.hidden = !unknown;
		parts.unknown.textContent = unknown ?? '';
		// With nothing readable to export, the button offers the stored bytes instead (see #export).
		parts.export.textContent = health.state === 'blocked' ? 'Download saved progress as it is' : 'Export progress';
		parts.downloadAnswers.hidden = Object.keys(progress.answers ?? {}).length === 0;
		parts.downloadReviews.hidden = (progress.reviews ?? []).length === 0;
		this.#renderKept(this.store.keptCopies());
	}

	#renderKept(copies: KeptCopy[]) {
		this.#parts.kept.hidden = copies.length === 0;
		this.#parts.keptList.replaceChildren(...copies.map((copy) => this.#keptItem(copy)));
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
			this.store.discardKept(copy.key);
			announceProgressChange();
			this.#say('The kept copy was deleted.');
		});
		item.append(text, actions);
		return item;
	}

	#export() {
		const { document: progress, health } = this.store.read();
		const stored = this.store.storedText();
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
		const answers = this.store.read().document.answers ?? {};
		let titles: Map<number, string>;
		try {
			titles = new Map((await fetchStudyCards(this.dataset.cardsUrl!)).map((card) => [card.id, card.title]));
		} catch (error) {
			return this.#say(`Your answers were not downloaded: ${(error as Error).message}`, 'error');
		}
		const permalink = (id: number) => new URL(pathWithBase(shortPath(id)), location.origin).href;
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
		this.#saveAndSay(
			(current) => {
				result = mergeProgress(current, repaired, new Date());
				return result.document;
			},
			() => [message(result!), repairNotice(repairs)].filter(Boolean).join(' '),
		);
	}

	async #reset() {
		const count = Object.keys(this.store.read().document.cards).length;
		const confirmed = await this.#confirm(
			'Reset all study progress?',
			`This deletes the schedule and history of ${countOf(count, 'question')} in this browser. It cannot be undone, so export a copy first if you may want it back.`,
			'Reset progress',
			true,
		);
		if (confirmed) this.#saveAndSay(() => emptyProgress(new Date()), () => 'Your progress was reset.');
	}

	/** Asks in a modal dialog; resolves true only when the reader presses the confirm button. */
	#confirm(title: string, text: string, confirmLabel: string, offerExport: boolean): Promise<boolean> {
		const { confirm: dialog, confirmTitle, confirmText, confirmOk, confirmExport } = this.#parts;
		confirmTitle.textContent = title;
		confirmText.textContent = text;
		confirmOk.textContent = confirmLabel;
		confirmExport.hidden = !offerExport;
		dialog.returnValue = '';
		dialog.showModal();
		return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
	}

	#say(text: string, tone: 'info' | 'error' = 'info') {
		const message = this.#parts.message;
		message.dataset.tone = tone;
		message.textContent = text;
	}
}

customElements.define('sre-progress-panel', ProgressPanel);
