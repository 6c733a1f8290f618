/**
 * `<sre-study>`: the flashcard session of StudyApp.astro, as state → view. The state is the
 * cards, the chosen deck (held by the form) and the session (`study-session.ts`); each event
 * changes it, reads the store once, and `#render()` shows the chooser, the card or the summary.
 */
import { deckChoiceToString, deckLabel, parseDeckChoice, selectDeck, shuffled, type DeckChoice } from '../../lib/decks';
import { describeInterval, describeRelative, nextDue } from '../../lib/due';
import { questionPath } from '../../lib/permalinks';
import { countOf } from '../../lib/plural';
import type { Grade } from '../../lib/progress-document';
import { GRADE_LABELS, retentionHint } from '../../lib/progress-messages';
import { desiredRetention } from '../../lib/progress-ops';
import { readAfterWrite, type ReadOutcome } from '../../lib/progress-store';
import { previewDue, rescheduleForRetention, reviewLoad } from '../../lib/scheduler';
import { currentId, isFinished, move, recordGrade, reveal, startSession, stateBefore, tally, type StudySession } from '../../lib/study-session';
import type { StudyCard } from '../../lib/study-cards';
import { emptyDeckMessage, studyMissedLabel, studySummary } from '../../lib/study-messages';
import { questionTags, tagLabels } from '../../lib/taxonomy';
import { loadStudyCards } from './cards-client';
import { inlineItems, preference, showInline } from './session-dom';
import { partOf } from './dom';
import { ProgressElement } from './progress-element';
import { saveGrade } from './save-grade';
import { pathWithBase } from '../../lib/base-path';

/** Remembers whether the reader grades with four buttons. */
const GRADE_MODE_KEY = 'sre:study-grades';

/** The parts of StudyApp.astro this element reads and writes: its DOM contract. */
function studyParts(root: HTMLElement) {
	const part = <T extends HTMLElement = HTMLElement>(selector: string) => partOf<T>(root, selector);
	const all = <T extends HTMLElement = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)];
	return {
		retry: part('.retry'), chooser: part('.chooser'), deckHeading: part('#deck-heading'), form: part<HTMLFormElement>('.deck-form'),
		shuffle: part<HTMLInputElement>('[name="shuffle"]'), fourGrades: part<HTMLInputElement>('[name="fourGrades"]'), deckCounts: all('[data-count-for]'),
		start: part<HTMLButtonElement>('.start'), deckStatus: part('.deck-status'), lastGradeKeys: all('.last-grade-key'),
		retention: part<HTMLSelectElement>('#desired-retention'), retentionHint: part('.retention-hint'),
		session: part('.session'), sessionBar: part('.session-bar'), sessionDeck: part('.session-deck'), position: part('.session-position'),
		endSession: part('.end-session'), meter: part('.meter-fill'), cardNumber: part('.card-number'), cardTitle: part('#card-title'), chips: part('.card-chips'),
		prompt: part('.prompt'), reveal: part('.reveal'), answer: part('.answer'), answerHeading: part('#answer-heading'), opening: part('.opening'),
		keyPoints: part('.key-points'), seniorSignals: part('.senior-signals'), fullAnswer: part<HTMLAnchorElement>('.full-answer'), ownAnswer: part('sre-own-answer'),
		grading: part('.grading'), gradedAs: part('.graded-as'), previous: part<HTMLButtonElement>('.previous'), next: part('.next'),
		grades: all<HTMLButtonElement>('.grade').map((button) => ({ button, grade: button.dataset.grade as Grade, key: partOf(button, 'kbd'), name: partOf(button, '.grade-name'), when: partOf(button, '.grade-when') })),
		summary: part('.summary'), summaryHeading: part('#summary-heading'), summaryText: part('.summary-text'), summaryNext: part('.summary-next'),
		studyMissed: part('.study-missed'), backToDecks: part('.back-to-decks'), saveFailure: part('.save-failure'),
	};
}

class StudyElement extends ProgressElement {
	#parts!: ReturnType<typeof studyParts>;
	/** Undefined until the cards are loaded. */
	#cards: StudyCard[] | undefined;
	#byId = new Map<number, StudyCard>();
	#deck: DeckChoice = { type: 'all' };
	#session: StudySession | undefined;
	/** Cards of this session whose latest grade could not be saved, for the summary. */
	#unsaved = new Set<number>();
	/** What the last change of desired retention moved, shown after its hint while that retention holds. */
	#retentionNote: { retention: number; text: string } | undefined;

	/** The grades offered, in key order: 1 Again, 2 Got it; or 1 Again, 2 Hard, 3 Good, 4 Easy. */
	get #grades(): Grade[] {
		return this.#parts.fourGrades.checked ? ['again', 'hard', 'good', 'easy'] : ['again', 'good'];
	}

	protected connect(signal: AbortSignal) {
		const parts = (this.#parts = studyParts(this));
		parts.retry.addEventListener('click', () => this.#load(), { signal });
		parts.form.addEventListener('change', (event) => this.#onDeckChange(event.target as HTMLElement), { signal });
		parts.form.addEventListener('submit', (event) => {
			event.preventDefault();
			const ids = this.#deckCards(this.#deck, this.store.read()).map((card) => card.id);
			if (ids.length > 0) this.#start(parts.shuffle.checked ? shuffled(ids, Math.random) : ids, deckLabel(this.#deck));
		}, { signal });
		parts.retention.addEventListener('change', () => this.#changeRetention(Number(parts.retention.value)), { signal });
		parts.reveal.addEventListener('click', () => this.#reveal(), { signal });
		parts.previous.addEventListener('click', () => this.#move(-1), { signal });
		parts.next.addEventListener('click', () => this.#move(1), { signal });
		parts.endSession.addEventListener('click', () => this.#end(), { signal });
		parts.backToDecks.addEventListener('click', () => this.#showChooser(), { signal });
		parts.studyMissed.addEventListener('click', () => {
			if (this.#session) this.#start(tally(this.#session).missed, 'Cards you missed');
		}, { signal });
		for (const { button, grade } of parts.grades) button.addEventListener('click', () => this.#grade(grade), { signal });
		document.addEventListener('keydown', (event) => this.#onKey(event), { signal });
		this.#render(this.store.read());
		void this.#load();
	}

	protected progressChanged(progress: ReadOutcome) {
		this.#render(progress);
	}

	async #load() {
		const cards = await loadStudyCards(this);
		if (!cards) return;
		this.#cards = cards;
		this.#byId = new Map(cards.map((card) => [card.id, card]));
		const progress = this.store.read();
		this.#restoreChooser(progress);
		this.#render(progress);
	}

	/** Sets the form from the URL (`?deck=`) and the saved grade mode. */
	#restoreChooser(progress: ReadOutcome) {
		const { form, fourGrades } = this.#parts;
		fourGrades.checked = preference.get(GRADE_MODE_KEY) === 'four';
		const hasDue = this.#deckCards({ type: 'due' }, progress).length > 0;
		this.#deck = parseDeckChoice(new URLSearchParams(location.search).get('deck')) ?? (hasDue ? { type: 'due' } : { type: 'all' });
		partOf<HTMLInputElement>(form, `input[name="deck"][value="${this.#deck.type}"]`).checked = true;
		const deck = this.#deck;
		const listValue = deck.type === 'topic' ? deck.topic : deck.type === 'level' ? deck.level : deck.type === 'kind' ? deck.kind : undefined;
		if (listValue) (form.elements.namedItem(deck.type) as HTMLSelectElement).value = listValue;
	}

	#onDeckChange(target: HTMLElement) {
		const form = this.#parts.form;
		// Picking from a topic, level or kind list selects that deck.
		if (target instanceof HTMLSelectElement) partOf<HTMLInputElement>(form, `input[name="deck"][value="${target.name}"]`).checked = true;
		if (target === this.#parts.fourGrades) preference.set(GRADE_MODE_KEY, this.#parts.fourGrades.checked ? 'four' : 'two');
		this.#deck = this.#deckFor((form.elements.namedItem('deck') as RadioNodeList).value) ?? { type: 'all' };
		history.replaceState(null, '', `?deck=${deckChoiceToString(this.#deck)}`);
		this.#render(this.store.read());
	}

	/** The deck a chooser option stands for: its type, plus its list's value for topic, level and kind. */
	#deckFor(type: string): DeckChoice | undefined {
		const list = this.#parts.form.elements.namedItem(type);
		return parseDeckChoice(list instanceof HTMLSelectElement ? `${type}:${list.value}` : type);
	}

	#deckCards(choice: DeckChoice, { document }: ReadOutcome): StudyCard[] {
		return selectDeck(this.#cards ?? [], document, choice, new Date());
	}

	/** Saves the desired retention and reschedules every reviewed card for it. */
	#changeRetention(retention: number) {
		let moved = 0;
		const outcome = this.save((progress) => {
			const rescheduled = rescheduleForRetention(progress, retention);
			moved = rescheduled.moved;
			return { ...rescheduled.document, settings: { desiredRetention: retention } };
		});
		this.showSaveOutcome(outcome);
		if (!outcome.ok) return this.#render(this.store.read());
		this.#retentionNote = { retention, text: moved === 0 ? 'No reviewed card needed a new date.' : `${countOf(moved, 'reviewed card')} got a new due date.` };
		this.#render(readAfterWrite(outcome.document));
	}

	#showChooser() {
		this.#session = undefined;
		this.#render(this.store.read(), true);
	}

	#start(ids: number[], label: string) {
		this.#session = startSession(ids);
		this.#unsaved.clear();
		this.showSaveFailure(undefined);
		this.#parts.sessionDeck.textContent = label;
		this.#render(this.store.read(), true);
	}

	#onKey(event: KeyboardEvent) {
		const session = this.#session;
		if (!session || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
		if ((event.target as HTMLElement).closest('input, select, textarea, [contenteditable], dialog')) return;
		if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
			event.preventDefault();
			this.#move(event.key === 'ArrowLeft' ? -1 : 1);
		} else if (event.key === ' ' && !session.revealed && !isFinished(session)) {
			event.preventDefault();
			this.#reveal();
		} else if (session.revealed && /^[1-4]$/.test(event.key)) {
			const grade = this.#grades[Number(event.key) - 1];
			if (grade) {
				event.preventDefault();
				this.#grade(grade);
			}
		}
	}

	#reveal() {
		if (!this.#session) return;
		this.#session = reveal(this.#session);
		this.#render(this.store.read());
		this.#parts.answerHeading.focus();
	}

	#move(step: number) {
		if (!this.#session) return;
		const moved = move(this.#session, step);
		if (moved.position === this.#session.position) return;
		this.#session = moved;
		this.#render(this.store.read(), true);
	}

	#grade(grade: Grade) {
		const session = this.#session;
		const id = session && currentId(session);
		if (!session || id === undefined || !session.revealed) return;
		const now = new Date();
		const progress = this.store.read();
		const saved = progress.document.cards[id];
		const result = saveGrade((change) => this.save(change), id, stateBefore(session, id, saved), desiredRetention(progress.document), grade, now);
		this.#session = recordGrade(session, grade, saved);
		// A failure stays on screen (and is announced) until a later grade is saved.
		this.showSaveFailure(result.ok ? undefined : result.failure);
		if (result.ok) this.#unsaved.delete(id);
		else this.#unsaved.add(id);
		this.announce(result.ok ? `${this.#gradeName(grade)}: next review ${describeRelative(result.due, now)}.` : '');
		this.#render(result.ok ? readAfterWrite(result.document) : progress, true);
	}

	#end() {
		if (this.#session && tally(this.#session).graded > 0) {
			this.#session = move(this.#session, this.#session.ids.length);
			this.#render(this.store.read(), true);
		} else {
			this.#showChooser();
		}
	}

	#gradeName(grade: Grade): string {
		return grade === 'good' && !this.#parts.fourGrades.checked ? 'Got it' : GRADE_LABELS[grade];
	}

	/** Shows the state; `focus` moves focus to the heading of what is on screen (deck chooser, card or summary). */
	#render(progress: ReadOutcome, focus = false) {
		const parts = this.#parts;
		const screen = !this.#cards ? 'loading' : !this.#session ? 'chooser' : isFinished(this.#session) ? 'summary' : 'session';
		parts.chooser.hidden = screen !== 'chooser';
		parts.session.hidden = screen !== 'session';
		parts.summary.hidden = screen !== 'summary';
		// The key hints name the last grade key: 2, or 4 with Hard and Easy.
		for (const key of parts.lastGradeKeys) key.textContent = String(this.#grades.length);
		this.showStoreNotice(progress);
		this.#renderRetention(progress);
		const now = new Date();
		if (screen === 'chooser') this.#renderChooser(progress, now);
		if (screen === 'session') this.#renderCard(this.#session!, progress, now);
		if (screen === 'summary') this.#renderSummary(this.#session!, progress, now);
		if (!focus) return;
		if (screen === 'chooser') parts.deckHeading.focus();
		if (screen === 'session') this.#focusKeepingBarInView(parts.cardTitle);
		if (screen === 'summary') parts.summaryHeading.focus();
	}

	#renderRetention({ document }: ReadOutcome) {
		const retention = desiredRetention(document);
		const note = this.#retentionNote?.retention === retention ? ` ${this.#retentionNote.text}` : '';
		this.#parts.retention.value = String(retention);
		this.#parts.retentionHint.textContent = `${retentionHint(retention, reviewLoad(retention))}${note}`;
	}

	#renderChooser(progress: ReadOutcome, now: Date) {
		for (const element of this.#parts.deckCounts) {
			const choice = this.#deckFor(element.dataset.countFor!);
			element.textContent = countOf(choice ? this.#deckCards(choice, progress).length : 0, 'card');
		}
		const size = this.#deckCards(this.#deck, progress).length;
		this.#parts.start.disabled = size === 0;
		this.#parts.start.textContent = size === 0 ? 'Start studying' : `Start studying: ${countOf(size, 'card')}`;
		this.#parts.deckStatus.textContent = size > 0 ? '' : emptyDeckMessage(this.#deck, progress.document, this.#cards!.map((card) => card.id), now);
	}

	/**
	 * Focuses a heading of the session without scrolling the card counter and "End session" out of
	 * view, nor a message that the last grade was not saved, which sits just above them.
	 */
	#focusKeepingBarInView(heading: HTMLElement) {
		heading.focus({ preventScroll: true });
		const { saveFailure, sessionBar } = this.#parts;
		const top = saveFailure.hidden ? sessionBar : saveFailure;
		if (top.getBoundingClientRect().top < 0 || heading.getBoundingClientRect().bottom > window.innerHeight) top.scrollIntoView({ block: 'start' });
	}

	#renderCard(session: StudySession, { document }: ReadOutcome, now: Date) {
		const parts = this.#parts;
		const card = this.#byId.get(currentId(session)!)!;
		parts.position.textContent = `Card ${session.position + 1} of ${session.ids.length}`;
		parts.meter.style.width = `${(session.position / session.ids.length) * 100}%`;
		if (parts.ownAnswer.dataset.id !== String(card.id)) this.#showCard(card);
		parts.reveal.hidden = session.revealed;
		parts.prompt.hidden = session.revealed;
		parts.answer.hidden = !session.revealed;
		parts.grading.hidden = !session.revealed;
		parts.previous.disabled = session.position === 0;

		const result = session.results[card.id];
		const due = previewDue(stateBefore(session, card.id, document.cards[card.id]), now, desiredRetention(document));
		const grades = this.#grades;
		for (const { button, grade, key, name, when } of parts.grades) {
			const index = grades.indexOf(grade);
			button.hidden = index < 0;
			button.setAttribute('aria-keyshortcuts', String(index + 1));
			key.textContent = String(index + 1);
			name.textContent = this.#gradeName(grade);
			when.textContent = describeInterval(now, due[grade]);
			button.toggleAttribute('data-chosen', result?.grade === grade);
		}
		parts.gradedAs.hidden = !result;
		parts.gradedAs.textContent = result ? `You graded this card “${this.#gradeName(result.grade)}”. Choose again to change it.` : '';
	}

	/** Puts a card's question and answer on screen; only when the card changes, so a re-render keeps the reader's selection. */
	#showCard(card: StudyCard) {
		const parts = this.#parts;
		const chip = (label: string) => {
			const item = document.createElement('li');
			item.append(Object.assign(document.createElement('span'), { className: 'chip', textContent: label }));
			return item;
		};
		parts.cardNumber.textContent = `Question ${card.id}`;
		showInline(parts.cardTitle, card.title);
		parts.chips.replaceChildren(...tagLabels(questionTags(card)).map(chip));
		// The opening is HTML this site rendered at build time from its own Markdown.
		parts.opening.innerHTML = card.openingHtml;
		parts.keyPoints.replaceChildren(...inlineItems(card.keyPoints));
		parts.seniorSignals.replaceChildren(...inlineItems(card.seniorSignals));
		parts.fullAnswer.href = pathWithBase(questionPath(card.slug));
		parts.ownAnswer.dataset.id = String(card.id);
	}

	#renderSummary(session: StudySession, { document }: ReadOutcome, now: Date) {
		const { graded, byGrade, missed } = tally(session);
		const counts = this.#grades.map((grade): [string, number] => [this.#gradeName(grade), byGrade[grade]]);
		this.#parts.summaryText.textContent = studySummary(graded, session.ids.length, counts, this.#unsaved.size);
		const next = nextDue(document, now, Object.keys(session.results).map(Number));
		this.#parts.summaryNext.textContent = next ? `The next of these cards comes back ${describeRelative(next, now)}.` : '';
		this.#parts.studyMissed.hidden = missed.length === 0;
		this.#parts.studyMissed.textContent = studyMissedLabel(missed.length);
	}
}

customElements.define('sre-study', StudyElement);
