/**
 * `<sre-mock>`: the mock interview of MockInterview.astro. The interview itself is a value from
 * `mock-session.ts`; this element runs the clock, shows the state and, in the candidate's view,
 * saves each answer's coverage as a grade for the scheduler.
 */
import { describeRelative } from '../../lib/due';
import {
	coverageGrade,
	DEFAULT_MOCK_LENGTH,
	elapsedMs,
	extendCountdown,
	formatClock,
	matchesFocus,
	mockTotals,
	pauseCountdown,
	pickQuestions,
	planFromParams,
	planToParams,
	recordAnswer,
	remainingMs,
	resumeCountdown,
	startMock,
	stopAnswering,
	viewFromParams,
	type MockAnswer,
	type MockFocus,
	type MockPlan,
	type MockSession,
	type MockView,
} from '../../lib/mock-session';
import { questionPath, withBase } from '../../lib/permalinks';
import { countOf } from '../../lib/plural';
import { GRADE_LABELS, unsavedGradesNote } from '../../lib/progress-messages';
import { desiredRetention } from '../../lib/progress-store';
import type { StudyCard } from '../../lib/study-cards';
import type { Kind, Level, TopicSlug } from '../../lib/taxonomy';
import { onProgressChange, openProgressStore, showSaveFailure, showStoreNotice } from './browser-progress';
import { loadStudyCards } from './cards-client';
import { saveGrade } from './save-grade';

const MINUTE = 60_000;
/** How often the clock redraws; under a second so the display never skips a second. */
const TICK_MS = 250;

class MockElement extends HTMLElement {
	readonly #store = openProgressStore();
	#cards = new Map<number, StudyCard>();
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

	#part<T extends HTMLElement = HTMLElement>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}

	get #form() {
		return this.#part<HTMLFormElement>('.setup-form');
	}

	connectedCallback() {
		this.removeAttribute('data-needs-js');
		this.#wire();
		onProgressChange(() => showStoreNotice(this, this.#store, this.#store.read()));
		showStoreNotice(this, this.#store, this.#store.read());
		void this.#load();
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

	#wire() {
		this.#part('.retry').addEventListener('click', () => this.#load());
		const form = this.#form;
		form.addEventListener('change', () => this.#renderMatchCount());
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const plan = this.#newPlan();
			if (!plan) return;
			if ((event.submitter as HTMLButtonElement | null)?.value === 'share') this.#showReady(plan, 'candidate', true);
			else this.#begin(plan, 'candidate');
		});
		this.#part('.begin').addEventListener('click', () => this.#begin(this.#plan!, this.#view));
		this.#part('.new-setup').addEventListener('click', () => this.#showSetup(true));
		this.#part('.another').addEventListener('click', () => this.#showSetup(true));
		this.#part('.pause').addEventListener('click', () => this.#togglePause());
		this.#part('.add-minute').addEventListener('click', () => {
			if (!this.#session) return;
			this.#session = { ...this.#session, countdown: extendCountdown(this.#session.countdown, MINUTE) };
			this.#announced.clear();
			this.#tick();
			this.#announce('One more minute added.');
		});
		this.#part('.done-answering').addEventListener('click', () => {
			if (!this.#session) return;
			this.#session = stopAnswering(this.#session, Date.now());
			this.#renderQuestion();
			this.#part<HTMLInputElement>('.key-point-list input').focus();
		});
		this.#part('.next-question').addEventListener('click', () => this.#next());
	}

	// Setup and ready

	#focus(): MockFocus {
		const data = new FormData(this.#form);
		return {
			topics: data.getAll('topic') as TopicSlug[],
			level: (data.get('level') as Level) || undefined,
			kind: (data.get('kind') as Kind) || undefined,
		};
	}

	#matching(): number {
		const focus = this.#focus();
		return [...this.#cards.values()].filter((card) => matchesFocus(card, focus)).length;
	}

	#renderMatchCount() {
		const matching = this.#matching();
		const length = Number(new FormData(this.#form).get('length') ?? DEFAULT_MOCK_LENGTH);
		this.#part('.match-count').textContent =
			matching === 0
				? 'No question matches this focus. Tick more topics or choose any level or kind.'
				: matching < length
					? `Only ${countOf(matching, 'question matches', 'questions match')}, so the interview will have ${matching}.`
					: `${matching} questions match; ${length} will be drawn at random.`;
		for (const button of this.#form.querySelectorAll<HTMLButtonElement>('button[type="submit"]')) button.disabled = matching === 0;
	}

	#newPlan(): MockPlan | undefined {
		const data = new FormData(this.#form);
		const ids = pickQuestions([...this.#cards.values()], this.#focus(), Number(data.get('length')), Math.random);
		return ids.length > 0 ? { ids, minutes: Number(data.get('minutes')) } : undefined;
	}

	#show(section: 'setup' | 'ready' | 'question' | 'summary') {
		for (const name of ['setup', 'ready', 'question', 'summary']) this.#part(`.${name}`).hidden = name !== section;
	}

	#showSetup(focus: boolean, note?: string) {
		this.#stopTimer();
		this.#session = undefined;
		history.replaceState(null, '', location.pathname);
		const noteElement = this.#part('.setup-note');
		noteElement.hidden = !note;
		noteElement.textContent = note ?? '';
		this.#show('setup');
		this.#renderMatchCount();
		if (focus) this.#part('#setup-heading').focus();
	}

	#showReady(plan: MockPlan, view: MockView, focus: boolean) {
		this.#plan = plan;
		this.#view = view;
		history.replaceState(null, '', `?${planToParams(plan, view)}`);
		const count = `${countOf(plan.ids.length, 'question')}, ${countOf(plan.minutes, 'minute')} each`;
		const interviewer = view === 'interviewer';
		this.#part('#ready-heading').textContent = interviewer ? 'You are the interviewer' : 'Your mock interview is ready';
		this.#part('.ready-text').textContent = interviewer
			? `${count}. Ask each question, tick the key points as you hear them, and use the follow-ups to probe. Nothing is saved in this view: read the summary out at the end.`
			: `${count}. The questions stay hidden until you start; the clock starts with the first one.`;
		this.#part('.share').hidden = interviewer;
		for (const row of this.querySelectorAll<HTMLElement>('[data-link-view]')) {
			const href = new URL(`?${planToParams(plan, row.dataset.linkView as MockView)}`, location.href).href;
			row.querySelector('input')!.value = href;
			row.querySelector<HTMLElement>('sre-copy-button')!.dataset.text = href;
		}
		this.#show('ready');
		if (focus) this.#part('#ready-heading').focus();
	}

	// The interview

	#begin(plan: MockPlan, view: MockView) {
		this.#plan = plan;
		this.#view = view;
		history.replaceState(null, '', `?${planToParams(plan, view)}`);
		this.#dueDates.clear();
		this.#unsaved.clear();
		showSaveFailure(this, undefined);
		this.#session = startMock(plan, Date.now());
		this.#startQuestion();
	}

	#startQuestion() {
		this.#announced.clear();
		this.#show('question');
		this.#renderQuestion();
		this.#startTimer();
		this.#part('#mock-question-title').focus();
	}

	#togglePause() {
		const session = this.#session;
		if (!session || session.phase !== 'answering') return;
		const now = Date.now();
		const paused = session.countdown.runningSince === null;
		this.#session = { ...session, countdown: paused ? resumeCountdown(session.countdown, now) : pauseCountdown(session.countdown, now) };
		this.#announce(paused ? 'Clock running.' : 'Clock paused.');
		this.#tick();
	}

	#next() {
		const session = this.#session;
		if (!session) return;
		// The ticks belong to the question whose points are on screen; recordAnswer ignores them if
		// that is not the session's current question.
		const list = this.#part('.key-point-list');
		const card = this.#cards.get(Number(list.dataset.cardId));
		if (!card) return;
		const covered = [...list.querySelectorAll<HTMLInputElement>('input')].flatMap((input, index) => (input.checked ? [index] : []));
		const now = Date.now();
		const next = recordAnswer(session, card.id, covered, card.keyPoints.length, now);
		if (next === session) return;
		this.#session = next;
		// The screen moves on first: saving can fail, and the interview must not stall on it.
		if (next.phase === 'finished') this.#stopTimer();
		else this.#startQuestion();
		if (this.#view === 'candidate') this.#saveAnswer(next.answers.at(-1)!, new Date(now));
		if (next.phase === 'finished') this.#renderSummary();
	}

	/** Feeds the answer to the scheduler: poor coverage counts as "Again", so the question comes back soon. */
	#saveAnswer(answer: MockAnswer, now: Date) {
		const grade = coverageGrade(answer.covered.length, answer.keyPointCount);
		const { document: progress } = this.#store.read();
		const result = saveGrade(this.#store, answer.id, progress.cards[answer.id], desiredRetention(progress), grade, now);
		showSaveFailure(this, result.ok ? undefined : result.failure);
		if (result.ok) this.#dueDates.set(answer.id, result.due);
		else this.#unsaved.add(answer.id);
	}

	#currentCard(): StudyCard {
		const session = this.#session!;
		return this.#cards.get(session.plan.ids[session.index])!;
	}

	#renderQuestion() {
		const session = this.#session!;
		const card = this.#currentCard();
		const interviewer = this.#view === 'interviewer';
		const checking = session.phase === 'checking';
		const last = session.index === session.plan.ids.length - 1;

		this.#part('.question-position').textContent = `Question ${session.index + 1} of ${session.plan.ids.length}`;
		this.#part('.card-number').textContent = `Question ${card.id}`;
		this.#part('.card-title').textContent = card.title;
		this.#part('.answer-prompt').hidden = interviewer || checking;
		this.#part('.done-answering').hidden = interviewer || checking;
		this.#part('.clock-controls').hidden = checking;

		const showPoints = interviewer || checking;
		this.#part('.checklist').hidden = !showPoints;
		this.#part('.follow-ups').hidden = !showPoints;
		this.#part('.senior-signals').hidden = !showPoints;
		this.#part('.next-question').hidden = !showPoints;
		this.#part('.checklist-legend').textContent = interviewer ? 'Listen for these key points: tick each one you hear' : 'Tick the key points you covered';
		this.#part('.follow-ups-heading').textContent = interviewer ? 'Follow-ups to ask' : 'Likely follow-ups: how would you answer them?';
		this.#part('.senior-signals-heading').textContent = interviewer ? 'A senior answer also' : 'What a senior answer adds';
		this.#part('.next-question').textContent = last ? 'Finish and see the summary' : 'Next question';
		if (showPoints && this.#part('.key-point-list').dataset.cardId !== String(card.id)) {
			this.#part('.key-point-list').dataset.cardId = String(card.id);
			this.#part('.key-point-list').replaceChildren(
				...card.keyPoints.map((point) => {
					const label = document.createElement('label');
					const box = Object.assign(document.createElement('input'), { type: 'checkbox' });
					label.append(box, Object.assign(document.createElement('span'), { textContent: point }));
					return label;
				}),
			);
			this.#part('.senior-signal-list').replaceChildren(...card.seniorSignals.map((text) => Object.assign(document.createElement('li'), { textContent: text })));
			this.#part('.follow-up-list').replaceChildren(...card.followUps.map((followUp) => followUpItem(followUp)));
		}
		this.#tick();
	}

	#startTimer() {
		this.#stopTimer();
		this.#timer = window.setInterval(() => this.#tick(), TICK_MS);
	}

	#stopTimer() {
		window.clearInterval(this.#timer);
		this.#timer = undefined;
	}

	/** Redraws the clock and says "one minute left" and "time is up" once each. */
	#tick() {
		const session = this.#session;
		if (!session || session.phase === 'finished') return;
		const now = Date.now();
		const remaining = remainingMs(session.countdown, now);
		const over = remaining <= 0;
		const paused = session.countdown.runningSince === null;
		const clock = this.#part('.clock');
		clock.dataset.state = over ? 'over' : paused && session.phase === 'answering' ? 'paused' : 'running';
		this.#part('.clock-label').textContent =
			session.phase === 'checking' ? 'Time used' : over ? 'Over time by' : paused ? 'Paused, time left' : 'Time left';
		this.#part('.clock-time').textContent = formatClock(session.phase === 'checking' ? elapsedMs(session.countdown, now) : remaining);
		this.#part('.pause').textContent = paused ? 'Resume' : 'Pause';
		this.#part('.question-bar').classList.toggle('clock-over', over);
		const share = Math.min(1, elapsedMs(session.countdown, now) / session.countdown.limitMs);
		this.#part('.meter-fill').style.width = `${share * 100}%`;

		if (session.phase !== 'answering') return;
		if (remaining <= MINUTE && remaining > 0 && session.countdown.limitMs > MINUTE) this.#announceOnce('minute', 'One minute left.');
		if (over) this.#announceOnce('over', this.#view === 'interviewer' ? 'Time is up: wrap up this question.' : 'Time is up. Finish your point, then check your answer.');
	}

	#renderSummary() {
		const session = this.#session!;
		const totals = mockTotals(session.answers);
		const share = totals.keyPoints === 0 ? 0 : Math.round((totals.covered / totals.keyPoints) * 100);
		const overTime = totals.overTime === 0 ? 'None went over time.' : `${totals.overTime} went over time.`;
		this.#part('.summary-text').textContent = `${countOf(session.answers.length, 'question')} in ${formatClock(totals.usedMs)}: ${totals.covered} of ${totals.keyPoints} key points covered (${share}%). ${overTime}`;

		const candidate = this.#view === 'candidate';
		const now = new Date();
		this.#part('.results').replaceChildren(
			...session.answers.map((answer) => {
				const card = this.#cards.get(answer.id)!;
				const item = document.createElement('li');
				const link = Object.assign(document.createElement('a'), { href: withBase(questionPath(card.slug), this.dataset.base!), textContent: `#${card.id} ${card.title}` });
				const facts = [`${answer.covered.length} of ${answer.keyPointCount} key points`, `${formatClock(answer.usedMs)}${answer.usedMs > answer.limitMs ? ' (over time)' : ''}`];
				if (candidate) {
					const grade = GRADE_LABELS[coverageGrade(answer.covered.length, answer.keyPointCount)];
					const due = this.#dueDates.get(answer.id);
					facts.push(!due ? `${grade}, not saved` : due <= now ? `${grade}, due now` : `${grade}, back ${describeRelative(due, now)}`);
				}
				const text = Object.assign(document.createElement('p'), { className: 'result-facts', textContent: facts.join(' · ') });
				// The bar repeats the key point count for the eye; screen readers have it in the text.
				const bar = Object.assign(document.createElement('span'), { className: 'coverage' });
				bar.setAttribute('aria-hidden', 'true');
				bar.append(Object.assign(document.createElement('span'), { style: `width: ${(answer.covered.length / Math.max(1, answer.keyPointCount)) * 100}%` }));
				item.append(link, text, bar);
				return item;
			}),
		);
		this.#part('.saved-note').textContent = !candidate
			? 'Interviewer view: nothing was saved. Read the results out, and send the answers’ links if they help.'
			: this.#unsaved.size > 0
				? `${unsavedGradesNote(this.#unsaved.size, session.answers.length)}${this.#unsaved.size < session.answers.length ? ' The others were saved to your study progress.' : ''}`
				: 'Each answer was saved to your study progress: under half the key points counts as “Again”, so that question comes back first.';
		this.#part('.study-missed').hidden = !candidate || session.answers.every((answer) => coverageGrade(answer.covered.length, answer.keyPointCount) !== 'again');
		this.#show('summary');
		this.#part('#mock-summary-heading').focus();
	}

	#announceOnce(key: string, text: string) {
		if (this.#announced.has(key)) return;
		this.#announced.add(key);
		this.#announce(text);
	}

	#announce(text: string) {
		this.#part('.announcer').textContent = text;
	}
}

customElements.define('sre-mock', MockElement);

/** A follow-up whose model answer stays folded until opened, so the candidate answers first. */
function followUpItem({ question, answerHtml }: StudyCard['followUps'][number]): HTMLLIElement {
	const details = document.createElement('details');
	const answer = Object.assign(document.createElement('div'), { className: 'follow-up-answer' });
	// The answer is HTML this site rendered at build time from its own Markdown.
	answer.innerHTML = answerHtml;
	details.append(Object.assign(document.createElement('summary'), { textContent: question }), answer);
	const item = document.createElement('li');
	item.append(details);
	return item;
}
