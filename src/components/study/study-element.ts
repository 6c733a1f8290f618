/**
 * `<sre-study>`: the flashcard session of StudyApp.astro. State lives in `study-session.ts` and
 * the progress store; this element only wires events, saves grades and shows the right state.
 */
import { deckChoiceToString, deckLabel, parseDeckChoice, selectDeck, shuffled, type DeckChoice } from '../../lib/decks';
import { describeInterval, describeRelative, nextDue } from '../../lib/due';
import { withBase, questionPath } from '../../lib/permalinks';
import { countOf } from '../../lib/plural';
import { GRADE_LABELS, retentionHint, unsavedGradesNote } from '../../lib/progress-messages';
import { desiredRetention, type Grade } from '../../lib/progress-store';
import { previewDue, rescheduleForRetention, reviewLoad } from '../../lib/scheduler';
import { currentId, isFinished, move, recordGrade, reveal, startSession, stateBefore, tally, type StudySession } from '../../lib/study-session';
import type { StudyCard } from '../../lib/study-cards';
import { getTopic, kindLabel, levelLabel } from '../../lib/taxonomy';
import { changeProgress, onProgressChange, openProgressStore, showSaveFailure, showSaveOutcome, showStoreNotice } from './browser-progress';
import { loadStudyCards } from './cards-client';
import { saveGrade } from './save-grade';

/** Remembers whether the reader grades with four buttons; a preference, so failures are ignored. */
const GRADE_MODE_KEY = 'sre:study-grades';

class StudyElement extends HTMLElement {
	readonly #store = openProgressStore();
	#cards: StudyCard[] = [];
	#byId = new Map<number, StudyCard>();
	#session: StudySession | undefined;
	#deck: DeckChoice = { type: 'all' };
	/** Cards of this session whose latest grade could not be saved, for the summary. */
	#unsaved = new Set<number>();

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	get #form() {
		return this.#part<HTMLFormElement>('.deck-form');
	}

	get #fourGrades(): boolean {
		return (this.#form.elements.namedItem('fourGrades') as HTMLInputElement).checked;
	}

	/** The grades offered, in key order: 1 Again, 2 Got it; or 1 Again, 2 Hard, 3 Good, 4 Easy. */
	get #grades(): Grade[] {
		return this.#fourGrades ? ['again', 'hard', 'good', 'easy'] : ['again', 'good'];
	}

	connectedCallback() {
		this.removeAttribute('data-needs-js');
		this.#wireChooser();
		this.#wireRetention();
		this.#wireSession();
		onProgressChange(() => this.#onProgressChange());
		this.#part('.retry').addEventListener('click', () => this.#load());
		void this.#load();
	}

	async #load() {
		const cards = await loadStudyCards(this);
		if (!cards) return;
		this.#cards = cards;
		this.#byId = new Map(cards.map((card) => [card.id, card]));
		this.#restoreChooser();
		this.#showChooser(false);
	}

	#onProgressChange() {
		showStoreNotice(this, this.#store, this.#store.read());
		if (!this.#part('.chooser').hidden) this.#renderChooser();
	}

	// Deck chooser

	#wireChooser() {
		const form = this.#form;
		form.addEventListener('change', (event) => {
			const target = event.target as HTMLElement;
			// Picking from a topic, level or kind list selects that deck.
			if (target instanceof HTMLSelectElement) (form.querySelector(`input[name="deck"][value="${target.name}"]`) as HTMLInputElement).checked = true;
			if (target instanceof HTMLInputElement && target.name === 'fourGrades') this.#saveGradeMode();
			this.#deck = this.#chosenDeck();
			history.replaceState(null, '', `?deck=${deckChoiceToString(this.#deck)}`);
			this.#renderChooser();
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const ids = this.#deckCards(this.#deck).map((card) => card.id);
			if (ids.length === 0) return;
			const shuffle = (form.elements.namedItem('shuffle') as HTMLInputElement).checked;
			this.#start(shuffle ? shuffled(ids, Math.random) : ids, deckLabel(this.#deck));
		});
	}

	/** Sets the form from the URL (`?deck=`) and the saved grade mode. */
	#restoreChooser() {
		const form = this.#form;
		try {
			(form.elements.namedItem('fourGrades') as HTMLInputElement).checked = localStorage.getItem(GRADE_MODE_KEY) === 'four';
		} catch {
			/* Storage blocked: two grades, the default. */
		}
		const fromUrl = parseDeckChoice(new URLSearchParams(location.search).get('deck'));
		const hasDue = this.#deckCards({ type: 'due' }).length > 0;
		this.#deck = fromUrl ?? (hasDue ? { type: 'due' } : { type: 'all' });
		(form.querySelector(`input[name="deck"][value="${this.#deck.type}"]`) as HTMLInputElement).checked = true;
		if (this.#deck.type === 'topic') (form.elements.namedItem('topic') as HTMLSelectElement).value = this.#deck.topic;
		if (this.#deck.type === 'level') (form.elements.namedItem('level') as HTMLSelectElement).value = this.#deck.level;
		if (this.#deck.type === 'kind') (form.elements.namedItem('kind') as HTMLSelectElement).value = this.#deck.kind;
	}

	/** The desired retention: shown from the saved settings; a change reschedules every reviewed card for it. */
	#wireRetention() {
		const select = this.#part<HTMLSelectElement>('#desired-retention');
		const hint = this.#part('.retention-hint');
		const show = (extra = '') => {
			const retention = desiredRetention(this.#store.read().document);
			select.value = String(retention);
			hint.textContent = `${retentionHint(retention, reviewLoad(retention))}${extra}`;
		};
		select.addEventListener('change', () => {
			const retention = Number(select.value);
			let moved = 0;
			const outcome = changeProgress(this.#store, (progress) => {
				const rescheduled = rescheduleForRetention(progress, retention);
				moved = rescheduled.moved;
				return { ...rescheduled.document, settings: { desiredRetention: retention } };
			});
			showSaveOutcome(this, outcome);
			if (outcome.ok) show(` ${moved === 0 ? 'No reviewed card needed a new date.' : `${countOf(moved, 'reviewed card')} got a new due date.`}`);
		});
		show();
	}

	#saveGradeMode() {
		try {
			localStorage.setItem(GRADE_MODE_KEY, this.#fourGrades ? 'four' : 'two');
		} catch {
			/* Storage blocked: the choice lasts for this page. */
		}
	}

	#chosenDeck(): DeckChoice {
		return this.#deckFor((this.#form.elements.namedItem('deck') as RadioNodeList).value) ?? { type: 'all' };
	}

	/** The deck a chooser option stands for: its type, plus its list's value for topic, level and kind. */
	#deckFor(type: string): DeckChoice | undefined {
		const list = this.#form.elements.namedItem(type);
		return parseDeckChoice(list instanceof HTMLSelectElement ? `${type}:${list.value}` : type);
	}

	#deckCards(choice: DeckChoice): StudyCard[] {
		return selectDeck(this.#cards, this.#store.read().document, choice, new Date());
	}

	#renderChooser() {
		const outcome = this.#store.read();
		const progress = outcome.document;
		const now = new Date();
		const count = (choice: DeckChoice) => selectDeck(this.#cards, progress, choice, now).length;
		for (const element of this.querySelectorAll<HTMLElement>('[data-count-for]')) {
			const choice = this.#deckFor(element.dataset.countFor!);
			const cards = choice ? count(choice) : 0;
			element.textContent = countOf(cards, 'card');
		}

		const size = count(this.#deck);
		const start = this.#part<HTMLButtonElement>('.start');
		start.disabled = size === 0;
		start.textContent = size === 0 ? 'Start studying' : `Start studying: ${countOf(size, 'card')}`;
		this.#part('.deck-status').textContent = size > 0 ? '' : this.#emptyDeckMessage(now);
		this.#renderKeyHints();
		showStoreNotice(this, this.#store, outcome);
	}

	/** The key hints name the last grade key: 2, or 4 with Hard and Easy. */
	#renderKeyHints() {
		for (const key of this.querySelectorAll('.last-grade-key')) key.textContent = String(this.#grades.length);
	}

	#emptyDeckMessage(now: Date): string {
		const progress = this.#store.read().document;
		switch (this.#deck.type) {
			case 'due': {
				const next = nextDue(progress, now, this.#cards.map((card) => card.id));
				return next ? `Nothing is due. The next card is due ${describeRelative(next, now)}.` : 'Nothing is due: no card is in your deck yet. Pick any other deck to start.';
			}
			case 'missed':
				return 'No card in your deck was last graded “Again”.';
			case 'mine':
				return 'Your deck is empty. Cards join it when you grade them or add them from a question page.';
			default:
				return 'No question matches this deck.';
		}
	}

	#showChooser(focus: boolean) {
		this.#session = undefined;
		this.#part('.session').hidden = true;
		this.#part('.summary').hidden = true;
		this.#part('.chooser').hidden = false;
		this.#renderChooser();
		if (focus) this.#part('#deck-heading').focus();
	}

	// Session

	#start(ids: number[], label: string) {
		this.#session = startSession(ids);
		this.#unsaved.clear();
		showSaveFailure(this, undefined);
		this.#part('.session-deck').textContent = label;
		this.#part('.chooser').hidden = true;
		this.#part('.summary').hidden = true;
		this.#part('.session').hidden = false;
		this.#renderKeyHints();
		this.#render(true);
	}

	#wireSession() {
		this.#part('.reveal').addEventListener('click', () => this.#reveal());
		this.#part('.previous').addEventListener('click', () => this.#move(-1));
		this.#part('.next').addEventListener('click', () => this.#move(1));
		this.#part('.end-session').addEventListener('click', () => this.#end());
		this.#part('.back-to-decks').addEventListener('click', () => this.#showChooser(true));
		this.#part('.study-missed').addEventListener('click', () => {
			if (this.#session) this.#start(tally(this.#session).missed, 'Cards you missed');
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('.grade')) {
			button.addEventListener('click', () => this.#grade(button.dataset.grade as Grade));
		}
		document.addEventListener('keydown', (event) => this.#onKey(event));
	}

	#onKey(event: KeyboardEvent) {
		const session = this.#session;
		if (!session || (this.#part('.session').hidden && this.#part('.summary').hidden)) return;
		if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
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
		this.#render(false);
		this.#part('#answer-heading').focus();
	}

	#move(step: number) {
		if (!this.#session) return;
		const moved = move(this.#session, step);
		if (moved.position === this.#session.position) return;
		this.#session = moved;
		this.#render(true);
	}

	#grade(grade: Grade) {
		const session = this.#session;
		const id = session && currentId(session);
		if (!session || id === undefined || !session.revealed) return;
		const now = new Date();
		const { document: progress } = this.#store.read();
		const saved = progress.cards[id];
		const result = saveGrade(this.#store, id, stateBefore(session, id, saved), desiredRetention(progress), grade, now);
		this.#session = recordGrade(session, grade, saved);
		// A failure stays on screen (and is announced) until a later grade is saved.
		showSaveFailure(this, result.ok ? undefined : result.failure);
		if (result.ok) this.#unsaved.delete(id);
		else this.#unsaved.add(id);
		this.#announce(result.ok ? `${this.#gradeName(grade)}: next review ${describeRelative(result.due, now)}.` : '');
		this.#render(true);
	}

	#end() {
		if (this.#session && tally(this.#session).graded > 0) {
			this.#session = move(this.#session, this.#session.ids.length);
			this.#render(true);
		} else {
			this.#showChooser(true);
		}
	}

	#gradeName(grade: Grade): string {
		return grade === 'good' && !this.#fourGrades ? 'Got it' : GRADE_LABELS[grade];
	}

	#announce(text: string) {
		this.#part('.announcer').textContent = text;
	}

	/** Shows the session's current state; `focusHeading` moves focus to the new card or summary. */
	#render(focusHeading: boolean) {
		const session = this.#session!;
		if (isFinished(session)) {
			this.#renderSummary();
			if (focusHeading) this.#part('#summary-heading').focus();
			return;
		}
		this.#part('.session').hidden = false;
		this.#part('.summary').hidden = true;
		const card = this.#byId.get(currentId(session)!)!;
		const total = session.ids.length;
		this.#part('.session-position').textContent = `Card ${session.position + 1} of ${total}`;
		this.#part('.meter-fill').style.width = `${(session.position / total) * 100}%`;

		this.#part('.card-number').textContent = `Question ${card.id}`;
		this.#part('.card-title').textContent = card.title;
		this.#part('.card-chips').replaceChildren(
			...[levelLabel(card.level), kindLabel(card.kind), ...card.topics.map((topic) => getTopic(topic).label)].map((label) => {
				const item = document.createElement('li');
				item.append(Object.assign(document.createElement('span'), { className: 'chip', textContent: label }));
				return item;
			}),
		);
		this.#part('.reveal').hidden = session.revealed;
		this.#part('.prompt').hidden = session.revealed;
		this.#part('.answer').hidden = !session.revealed;
		this.#part('.grading').hidden = !session.revealed;
		if (session.revealed) this.#renderAnswer(card, session);
		this.#part<HTMLButtonElement>('.previous').disabled = session.position === 0;
		if (focusHeading) this.#focusKeepingBarInView(this.#part('#card-title'));
	}

	/**
	 * Focuses a heading of the session without scrolling the card counter and "End session" out of
	 * view, nor a message that the last grade was not saved, which sits just above them.
	 */
	#focusKeepingBarInView(heading: HTMLElement) {
		heading.focus({ preventScroll: true });
		const failure = this.#part('.save-failure');
		const top = failure.hidden ? this.#part('.session-bar') : failure;
		if (top.getBoundingClientRect().top < 0 || heading.getBoundingClientRect().bottom > window.innerHeight) top.scrollIntoView({ block: 'start' });
	}

	#renderAnswer(card: StudyCard, session: StudySession) {
		// The opening is HTML this site rendered at build time from its own Markdown.
		this.#part('.opening').innerHTML = card.openingHtml;
		const items = (texts: string[]) => texts.map((text) => Object.assign(document.createElement('li'), { textContent: text }));
		this.#part('.key-points').replaceChildren(...items(card.keyPoints));
		this.#part('.senior-signals').replaceChildren(...items(card.seniorSignals));
		this.#part<HTMLAnchorElement>('.full-answer').href = withBase(questionPath(card.slug), this.dataset.base!);
		this.#part('sre-own-answer').dataset.id = String(card.id);

		const now = new Date();
		const result = session.results[card.id];
		const { document: progress } = this.#store.read();
		const due = previewDue(stateBefore(session, card.id, progress.cards[card.id]), now, desiredRetention(progress));
		const grades = this.#grades;
		for (const button of this.querySelectorAll<HTMLButtonElement>('.grade')) {
			const grade = button.dataset.grade as Grade;
			const index = grades.indexOf(grade);
			button.hidden = index < 0;
			button.setAttribute('aria-keyshortcuts', String(index + 1));
			button.querySelector('kbd')!.textContent = String(index + 1);
			button.querySelector('.grade-name')!.textContent = this.#gradeName(grade);
			button.querySelector('.grade-when')!.textContent = describeInterval(now, due[grade]);
			button.toggleAttribute('data-chosen', result?.grade === grade);
		}
		const gradedAs = this.#part('.graded-as');
		gradedAs.hidden = !result;
		gradedAs.textContent = result ? `You graded this card “${this.#gradeName(result.grade)}”. Choose again to change it.` : '';
	}

	#renderSummary() {
		const session = this.#session!;
		this.#part('.session').hidden = true;
		this.#part('.summary').hidden = false;
		const { graded, byGrade, missed } = tally(session);
		const counts = this.#grades.map((grade) => `${byGrade[grade]} “${this.#gradeName(grade)}”`);
		const unsaved = unsavedGradesNote(this.#unsaved.size, graded);
		this.#part('.summary-text').textContent =
			graded === 0 ? 'You did not grade any card.' : `You graded ${graded} of ${countOf(session.ids.length, 'card')}: ${counts.join(', ')}.${unsaved ? ` ${unsaved}` : ''}`;
		const now = new Date();
		const next = nextDue(this.#store.read().document, now, Object.keys(session.results).map(Number));
		this.#part('.summary-next').textContent = next ? `The next of these cards comes back ${describeRelative(next, now)}.` : '';
		const studyMissed = this.#part<HTMLButtonElement>('.study-missed');
		studyMissed.hidden = missed.length === 0;
		studyMissed.textContent = `Go over the ${missed.length === 1 ? 'card' : `${missed.length} cards`} you missed`;
	}
}

customElements.define('sre-study', StudyElement);
