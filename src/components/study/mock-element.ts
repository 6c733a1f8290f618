/**
 * `<sre-mock>`: the mock interview of MockInterview.astro, as state → view. The interview is a
 * value from `mock-session.ts`; each event changes the state and `#render()` shows the setup, the
 * ready screen, the question or the summary from it. The clock redraws itself between events, and
 * in the candidate's view each answer's coverage is saved as a grade for the scheduler.
 */
import {
	coverageGrade, DEFAULT_MOCK_LENGTH, elapsedMs, extendCountdown, formatClock, matchesFocus, pauseCountdown, pickQuestions, planFromParams,
	planToParams, recordAnswer, remainingMs, resumeCountdown, startMock, stopAnswering, viewFromParams,
	type MockAnswer, type MockFocus, type MockPlan, type MockSession, type MockView,
} from '../../lib/mock-session';
import { questionPath } from '../../lib/permalinks';
import { countOf } from '../../lib/plural';
import { desiredRetention } from '../../lib/progress-ops';
import type { ReadOutcome } from '../../lib/progress-store';
import type { StudyCard } from '../../lib/study-cards';
import { mockAnswerFacts, mockMatchMessage, mockSavedNote, mockSummary } from '../../lib/study-messages';
import type { Kind, Level, TopicSlug } from '../../lib/taxonomy';
import { loadStudyCards } from './cards-client';
import { inlineItems, showInline } from './session-dom';
import { partOf } from './dom';
import { ProgressElement } from './progress-element';
import { saveGrade } from './save-grade';
import { pathWithBase } from '../../lib/base-path';

const MINUTE = 60_000;
/** How often the clock redraws; under a second so the display never skips a second. */
const TICK_MS = 250;

type Screen = 'setup' | 'ready' | 'question' | 'summary';

/** The parts of MockInterview.astro this element reads and writes: its DOM contract. */
function mockParts(root: HTMLElement) {
	const part = <T extends HTMLElement = HTMLElement>(selector: string) => partOf<T>(root, selector);
	return {
		retry: part('.retry'), setup: part('.setup'), setupHeading: part('#setup-heading'), setupNote: part('.setup-note'),
		form: part<HTMLFormElement>('.setup-form'), matchCount: part('.match-count'), submits: [...root.querySelectorAll<HTMLButtonElement>('.setup-form button[type="submit"]')],
		ready: part('.ready'), readyHeading: part('#ready-heading'), readyText: part('.ready-text'), share: part('.share'), begin: part('.begin'), newSetup: part('.new-setup'),
		links: [...root.querySelectorAll<HTMLElement>('[data-link-view]')].map((row) => ({ view: row.dataset.linkView as MockView, input: partOf<HTMLInputElement>(row, 'input'), copy: partOf(row, 'sre-copy-button') })),
		question: part('.question'), questionBar: part('.question-bar'), position: part('.question-position'), meter: part('.meter-fill'),
		clock: part('.clock'), clockLabel: part('.clock-label'), clockTime: part('.clock-time'), clockControls: part('.clock-controls'), pause: part('.pause'), addMinute: part('.add-minute'),
		cardNumber: part('.card-number'), cardTitle: part('#mock-question-title'), answerPrompt: part('.answer-prompt'), doneAnswering: part('.done-answering'),
		checklist: part('.checklist'), checklistLegend: part('.checklist-legend'), keyPointList: part('.key-point-list'),
		seniorSignals: part('.senior-signals'), seniorSignalsHeading: part('.senior-signals-heading'), seniorSignalList: part('.senior-signal-list'),
		followUps: part('.follow-ups'), followUpsHeading: part('.follow-ups-heading'), followUpList: part('.follow-up-list'), nextQuestion: part('.next-question'),
		summary: part('.summary'), summaryHeading: part('#mock-summary-heading'), summaryText: part('.summary-text'), results: part('.results'),
		savedNote: part('.saved-note'), another: part('.another'), studyMissed: part('.study-missed'),
	};
}

class MockElement extends ProgressElement {
	#parts!: ReturnType<typeof mockParts>;
	#cards = new Map<number, StudyCard>();
	/** Undefined until the cards are loaded. */
	#screen: Screen | undefined;
	#setupNote: string | undefined;
	#plan: MockPlan | undefined;
	#view: MockView = 'candidate';
	#session: MockSession | undefined;
	#timer: number | undefined;
	/** Clock announcements already made for the current question, so each is said once. */
	#announced = new Set<string>();
	/** The next-due date each answer was given, for the summary. */
	#dueDates = new Map<number, Date>();
	/** Answers whose grade could not be saved, for the summary. */
	#unsaved = new Set<number>();

	protected connect(signal: AbortSignal) {
		const parts = (this.#parts = mockParts(this));
		parts.retry.addEventListener('click', () => this.#load(), { signal });
		parts.form.addEventListener('change', () => this.#render(), { signal });
		parts.form.addEventListener('submit', (event) => {
			event.preventDefault();
			const plan = this.#newPlan();
			if (!plan) return;
			if ((event.submitter as HTMLButtonElement | null)?.value === 'share') this.#showReady(plan, 'candidate', true);
			else this.#begin(plan, 'candidate');
		}, { signal });
		parts.begin.addEventListener('click', () => this.#begin(this.#plan!, this.#view), { signal });
		parts.newSetup.addEventListener('click', () => this.#showSetup(true), { signal });
		parts.another.addEventListener('click', () => this.#showSetup(true), { signal });
		parts.pause.addEventListener('click', () => this.#togglePause(), { signal });
		parts.addMinute.addEventListener('click', () => this.#addMinute(), { signal });
		parts.doneAnswering.addEventListener('click', () => {
			if (!this.#session) return;
			this.#session = stopAnswering(this.#session, Date.now());
			this.#render();
			partOf<HTMLInputElement>(parts.keyPointList, 'input').focus();
		}, { signal });
		parts.nextQuestion.addEventListener('click', () => this.#next(), { signal });
		signal.addEventListener('abort', () => this.#stopTimer(), { once: true });
		this.showStoreNotice(this.store.read());
		void this.#load();
	}

	protected progressChanged(progress: ReadOutcome) {
		this.showStoreNotice(progress);
	}

	async #load() {
		const cards = await loadStudyCards(this);
		if (!cards) return;
		this.#cards = new Map(cards.map((card) => [card.id, card]));
		const params = new URLSearchParams(location.search);
		const plan = planFromParams(params, new Set(this.#cards.keys()));
		if (plan) this.#showReady(plan, viewFromParams(params), false);
		else this.#showSetup(false, params.has('q') ? 'That interview link names no question on this site any more, so set up a new one.' : undefined);
	}

	#focus(): MockFocus {
		const data = new FormData(this.#parts.form);
		return { topics: data.getAll('topic') as TopicSlug[], level: (data.get('level') as Level) || undefined, kind: (data.get('kind') as Kind) || undefined };
	}

	#newPlan(): MockPlan | undefined {
		const data = new FormData(this.#parts.form);
		const ids = pickQuestions([...this.#cards.values()], this.#focus(), Number(data.get('length')), Math.random);
		return ids.length > 0 ? { ids, minutes: Number(data.get('minutes')) } : undefined;
	}

	#showSetup(focus: boolean, note?: string) {
		this.#stopTimer();
		this.#session = undefined;
		this.#setupNote = note;
		this.#screen = 'setup';
		history.replaceState(null, '', location.pathname);
		this.#render(focus);
	}

	#showReady(plan: MockPlan, view: MockView, focus: boolean) {
		this.#plan = plan;
		this.#view = view;
		this.#screen = 'ready';
		history.replaceState(null, '', `?${planToParams(plan, view)}`);
		this.#render(focus);
	}

	#begin(plan: MockPlan, view: MockView) {
		this.#plan = plan;
		this.#view = view;
		history.replaceState(null, '', `?${planToParams(plan, view)}`);
		this.#dueDates.clear();
		this.#unsaved.clear();
		this.showSaveFailure(undefined);
		this.#session = startMock(plan, Date.now());
		this.#startQuestion();
	}

	#startQuestion() {
		this.#announced.clear();
		this.#screen = 'question';
		this.#stopTimer();
		this.#timer = window.setInterval(() => this.#renderClock(), TICK_MS);
		this.#render(true);
	}

	#stopTimer() {
		window.clearInterval(this.#timer);
		this.#timer = undefined;
	}

	#togglePause() {
		const session = this.#session;
		if (!session || session.phase !== 'answering') return;
		const now = Date.now();
		const paused = session.countdown.runningSince === null;
		this.#session = { ...session, countdown: paused ? resumeCountdown(session.countdown, now) : pauseCountdown(session.countdown, now) };
		this.announce(paused ? 'Clock running.' : 'Clock paused.');
		this.#renderClock();
	}

	#addMinute() {
		if (!this.#session) return;
		this.#session = { ...this.#session, countdown: extendCountdown(this.#session.countdown, MINUTE) };
		this.#announced.clear();
		this.#renderClock();
		this.announce('One more minute added.');
	}

	#next() {
		const session = this.#session;
		if (!session) return;
		// The ticks belong to the question whose points are on screen; recordAnswer ignores them if
		// that is not the session's current question.
		const list = this.#parts.keyPointList;
		const card = this.#cards.get(Number(list.dataset.cardId));
		if (!card) return;
		const covered = [...list.querySelectorAll<HTMLInputElement>('input')].flatMap((input, index) => (input.checked ? [index] : []));
		const now = Date.now();
		const next = recordAnswer(session, card.id, covered, card.keyPoints.length, now);
		if (next === session) return;
		this.#session = next;
		// Saving never throws, so the interview cannot stall on it; a failure shows on the next screen.
		if (this.#view === 'candidate') this.#saveAnswer(next.answers.at(-1)!, new Date(now));
		if (next.phase !== 'finished') return this.#startQuestion();
		this.#stopTimer();
		this.#screen = 'summary';
		this.#render(true);
	}

	/** Feeds the answer to the scheduler: poor coverage counts as "Again", so the question comes back soon. */
	#saveAnswer(answer: MockAnswer, now: Date) {
		const grade = coverageGrade(answer.covered.length, answer.keyPointCount);
		const { document } = this.store.read();
		const result = saveGrade((change) => this.save(change), answer.id, document.cards[answer.id], desiredRetention(document), grade, now);
		this.showSaveFailure(result.ok ? undefined : result.failure);
		if (result.ok) this.#dueDates.set(answer.id, result.due);
		else this.#unsaved.add(answer.id);
	}

	/** Shows the state; `focus` moves focus to the heading of the screen. */
	#render(focus = false) {
		const parts = this.#parts;
		for (const screen of ['setup', 'ready', 'question', 'summary'] as const) parts[screen].hidden = screen !== this.#screen;
		if (this.#screen === 'setup') this.#renderSetup();
		if (this.#screen === 'ready') this.#renderReady(this.#plan!);
		if (this.#screen === 'question') this.#renderQuestion(this.#session!);
		if (this.#screen === 'summary') this.#renderSummary(this.#session!);
		const headings = { setup: parts.setupHeading, ready: parts.readyHeading, question: parts.cardTitle, summary: parts.summaryHeading };
		if (focus && this.#screen) headings[this.#screen].focus();
	}

	#renderSetup() {
		const { setupNote, form, matchCount, submits } = this.#parts;
		setupNote.hidden = !this.#setupNote;
		setupNote.textContent = this.#setupNote ?? '';
		const focus = this.#focus();
		const matching = [...this.#cards.values()].filter((card) => matchesFocus(card, focus)).length;
		matchCount.textContent = mockMatchMessage(matching, Number(new FormData(form).get('length') ?? DEFAULT_MOCK_LENGTH));
		for (const button of submits) button.disabled = matching === 0;
	}

	#renderReady(plan: MockPlan) {
		const parts = this.#parts;
		const count = `${countOf(plan.ids.length, 'question')}, ${countOf(plan.minutes, 'minute')} each`;
		const interviewer = this.#view === 'interviewer';
		parts.readyHeading.textContent = interviewer ? 'You are the interviewer' : 'Your mock interview is ready';
		parts.readyText.textContent = interviewer
			? `${count}. Ask each question, tick the key points as you hear them, and use the follow-ups to probe. Nothing is saved in this view: read the summary out at the end.`
			: `${count}. The questions stay hidden until you start; the clock starts with the first one.`;
		parts.share.hidden = interviewer;
		for (const { view, input, copy } of parts.links) {
			input.value = new URL(`?${planToParams(plan, view)}`, location.href).href;
			copy.dataset.text = input.value;
		}
	}

	#renderQuestion(session: MockSession) {
		const parts = this.#parts;
		const card = this.#cards.get(session.plan.ids[session.index])!;
		const interviewer = this.#view === 'interviewer';
		const checking = session.phase === 'checking';
		const showPoints = interviewer || checking;
		parts.position.textContent = `Question ${session.index + 1} of ${session.plan.ids.length}`;
		parts.cardNumber.textContent = `Question ${card.id}`;
		showInline(parts.cardTitle, card.title);
		parts.answerPrompt.hidden = showPoints;
		parts.doneAnswering.hidden = showPoints;
		parts.clockControls.hidden = checking;
		for (const shown of [parts.checklist, parts.followUps, parts.seniorSignals, parts.nextQuestion]) shown.hidden = !showPoints;
		parts.checklistLegend.textContent = interviewer ? 'Listen for these key points: tick each one you hear' : 'Tick the key points you covered';
		parts.followUpsHeading.textContent = interviewer ? 'Follow-ups to ask' : 'Likely follow-ups: how would you answer them?';
		parts.seniorSignalsHeading.textContent = interviewer ? 'A senior answer also' : 'What a senior answer adds';
		parts.nextQuestion.textContent = session.index === session.plan.ids.length - 1 ? 'Finish and see the summary' : 'Next question';
		// The ticks stay while the same question is on screen.
		if (showPoints && parts.keyPointList.dataset.cardId !== String(card.id)) {
			parts.keyPointList.dataset.cardId = String(card.id);
			parts.keyPointList.replaceChildren(...card.keyPoints.map(keyPointBox));
			parts.seniorSignalList.replaceChildren(...inlineItems(card.seniorSignals));
			parts.followUpList.replaceChildren(...card.followUps.map(followUpItem));
		}
		this.#renderClock();
	}

	/** Redraws the clock and says "one minute left" and "time is up" once each. */
	#renderClock() {
		const session = this.#session;
		if (!session || session.phase === 'finished') return;
		const parts = this.#parts;
		const now = Date.now();
		const remaining = remainingMs(session.countdown, now);
		const over = remaining <= 0;
		const paused = session.countdown.runningSince === null;
		parts.clock.dataset.state = over ? 'over' : paused && session.phase === 'answering' ? 'paused' : 'running';
		parts.clockLabel.textContent = session.phase === 'checking' ? 'Time used' : over ? 'Over time by' : paused ? 'Paused, time left' : 'Time left';
		parts.clockTime.textContent = formatClock(session.phase === 'checking' ? elapsedMs(session.countdown, now) : remaining);
		parts.pause.textContent = paused ? 'Resume' : 'Pause';
		parts.questionBar.classList.toggle('clock-over', over);
		parts.meter.style.width = `${Math.min(1, elapsedMs(session.countdown, now) / session.countdown.limitMs) * 100}%`;

		if (session.phase !== 'answering') return;
		if (remaining <= MINUTE && remaining > 0 && session.countdown.limitMs > MINUTE) this.#announceOnce('minute', 'One minute left.');
		if (over) this.#announceOnce('over', this.#view === 'interviewer' ? 'Time is up: wrap up this question.' : 'Time is up. Finish your point, then check your answer.');
	}

	#renderSummary(session: MockSession) {
		const parts = this.#parts;
		const candidate = this.#view === 'candidate';
		const now = new Date();
		parts.summaryText.textContent = mockSummary(session.answers);
		parts.results.replaceChildren(
			...session.answers.map((answer) => {
				const card = this.#cards.get(answer.id)!;
				const item = document.createElement('li');
				const link = showInline(Object.assign(document.createElement('a'), { href: pathWithBase(questionPath(card.slug)) }), `#${card.id} ${card.title}`);
				const facts = mockAnswerFacts(answer, candidate ? { due: this.#dueDates.get(answer.id), now } : undefined);
				// The bar repeats the key point count for the eye; screen readers have it in the text.
				const bar = Object.assign(document.createElement('span'), { className: 'coverage' });
				bar.setAttribute('aria-hidden', 'true');
				bar.append(Object.assign(document.createElement('span'), { style: `width: ${(answer.covered.length / Math.max(1, answer.keyPointCount)) * 100}%` }));
				item.append(link, Object.assign(document.createElement('p'), { className: 'result-facts', textContent: facts }), bar);
				return item;
			}),
		);
		parts.savedNote.textContent = mockSavedNote(candidate, this.#unsaved.size, session.answers.length);
		parts.studyMissed.hidden = !candidate || session.answers.every((answer) => coverageGrade(answer.covered.length, answer.keyPointCount) !== 'again');
	}

	#announceOnce(key: string, text: string) {
		if (this.#announced.has(key)) return;
		this.#announced.add(key);
		this.announce(text);
	}
}

customElements.define('sre-mock', MockElement);

/** A key point to tick. */
function keyPointBox(point: string): HTMLLabelElement {
	const label = document.createElement('label');
	label.append(Object.assign(document.createElement('input'), { type: 'checkbox' }), showInline(document.createElement('span'), point));
	return label;
}

/** A follow-up whose model answer stays folded until opened, so the candidate answers first. */
function followUpItem({ question, answerHtml }: StudyCard['followUps'][number]): HTMLLIElement {
	const details = document.createElement('details');
	const answer = Object.assign(document.createElement('div'), { className: 'follow-up-answer' });
	// The answer is HTML this site rendered at build time from its own Markdown.
	answer.innerHTML = answerHtml;
	details.append(showInline(document.createElement('summary'), question), answer);
	const item = document.createElement('li');
	item.append(details);
	return item;
}
