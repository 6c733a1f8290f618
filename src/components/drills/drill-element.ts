/**
 * `<sre-drill>`: plays the drill of DrillPlayer.astro. The state is a `DrillSession` (drill-session.ts)
 * and the view is rendered from it on every change; parts are found once, listeners go with the
 * element. `?view=interviewer` shows the reference instead, for the person playing the system.
 */
import { matchAction, suggestActions } from '../../lib/drill-commands';
import { debriefOf, endDrill, impactOf, roundImpact, startDrill, takeAction, type DrillSession, type PlayableDrill } from '../../lib/drill-session';
import type { DrillAction } from '../../lib/drill-schema';
import { countOf } from '../../lib/plural';
import { recordDrillRun } from '../../lib/progress-ops';
import { changeProgress, openProgressStore, showSaveOutcome } from '../study/browser-progress';
import { partOf } from '../study/dom';

/** An action as the page embeds it: its lesson rendered to HTML at build time. */
type ShownAction = Omit<DrillAction, 'lesson'> & { lessonHtml: string };
type PageDrill = Omit<PlayableDrill, 'actions'> & { actions: ShownAction[] };

const text = (tag: string, className: string, content: string) => Object.assign(document.createElement(tag), { className, textContent: content });

/** The parts of the player the element updates, found once. */
function findParts(root: HTMLElement) {
	const part = <T extends HTMLElement = HTMLElement>(selector: string) => partOf<T>(root, selector);
	return {
		console: part('.console'),
		reference: part('.reference'),
		referenceIntro: part('.reference-intro'),
		interviewerIntro: part('.interviewer-intro'),
		best: part('.best'),
		minute: part('.minute'),
		impact: part('.impact'),
		state: part('.state'),
		form: part<HTMLFormElement>('.command-form'),
		input: part<HTMLInputElement>('#drill-command'),
		noMatch: part('.no-match'),
		pick: part<HTMLDetailsElement>('.pick'),
		transcript: part('.transcript'),
		transcriptEmpty: part('.transcript-empty'),
		end: part<HTMLButtonElement>('.end'),
		again: part<HTMLButtonElement>('.again'),
		debrief: part('.debrief'),
		debriefHeading: part('#debrief-heading'),
		debriefSummary: part('.debrief-summary'),
		debriefPath: part('.debrief-path'),
		debriefMissteps: part('.debrief-missteps'),
	};
}

class DrillElement extends HTMLElement {
	readonly #store = openProgressStore();
	readonly #listeners = new AbortController();
	#drill!: PageDrill;
	#session: DrillSession = startDrill();
	#parts!: ReturnType<typeof findParts>;

	connectedCallback() {
		this.#drill = JSON.parse(this.querySelector('.drill-data')!.textContent!) as PageDrill;
		this.#parts = findParts(this);
		const interviewer = new URLSearchParams(location.search).get('view') === 'interviewer';
		const { console: consoleSection, reference, referenceIntro, interviewerIntro } = this.#parts;
		consoleSection.removeAttribute('data-needs-js');
		consoleSection.hidden = interviewer;
		reference.hidden = !interviewer;
		referenceIntro.hidden = interviewer;
		interviewerIntro.hidden = !interviewer;
		if (interviewer) {
			for (const details of reference.querySelectorAll('details')) details.open = true;
			return;
		}
		const signal = this.#listeners.signal;
		this.#parts.form.addEventListener('submit', (event) => this.#onSubmit(event), { signal });
		this.addEventListener(
			'click',
			(event) => {
				const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]');
				if (button) this.#take(button.dataset.action!);
			},
			{ signal },
		);
		this.#parts.end.addEventListener('click', () => this.#finish(endDrill(this.#session)), { signal });
		this.#parts.again.addEventListener('click', () => this.#restart(), { signal });
		this.#render();
	}

	disconnectedCallback() {
		this.#listeners.abort();
	}

	#onSubmit(event: SubmitEvent) {
		event.preventDefault();
		const input = this.#parts.input.value;
		const action = matchAction(this.#drill.actions, input);
		if (action) return this.#take(action.id);
		this.#showNoMatch(input);
	}

	#take(id: string) {
		const before = this.#session;
		if (before.finished) return;
		const session = takeAction(this.#drill, before, id);
		this.#session = session;
		this.#parts.input.value = '';
		this.#parts.noMatch.replaceChildren();
		this.#parts.transcript.append(this.#transcriptItem(id, session.minute));
		if (session.finished) this.#finish(session);
		else this.#render();
		this.#parts.input.focus();
	}

	/** No action matches: say so and offer the closest, as buttons that take them. */
	#showNoMatch(input: string) {
		const suggestions = suggestActions(this.#drill.actions, input);
		const message = text('p', '', input.trim() === '' ? 'Type a command or a step, or pick one from the list.' : `No step matches “${input.trim()}”.`);
		if (suggestions.length === 0) {
			if (input.trim() !== '') message.append(' Try other words, or pick from the list of steps.');
			return this.#parts.noMatch.replaceChildren(message);
		}
		message.append(' Did you mean:');
		const list = document.createElement('ul');
		list.setAttribute('role', 'list');
		for (const action of suggestions) {
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: action.label });
			button.dataset.action = action.id;
			const item = document.createElement('li');
			item.append(button);
			list.append(item);
		}
		this.#parts.noMatch.replaceChildren(message, list);
	}

	#transcriptItem(id: string, minute: number): HTMLLIElement {
		const action = this.#action(id);
		const item = document.createElement('li');
		item.append(text('p', 'step', `${action.label} · minute ${minute}`));
		const output = text('pre', 'output', action.output);
		output.tabIndex = 0;
		item.append(output);
		if (action.effect === 'mitigates') item.append(text('p', 'muted', 'User impact has stopped growing.'));
		if (action.effect === 'worsens') item.append(text('p', 'muted', `That made it worse: +${action.penalty} ${this.#drill.impact.unit}.`));
		return item;
	}

	#action(id: string): ShownAction {
		return this.#drill.actions.find((action) => action.id === id)!;
	}

	#finish(session: DrillSession) {
		this.#session = session;
		const debrief = debriefOf(this.#drill, session);
		const outcome = changeProgress(this.#store, (document) =>
			recordDrillRun(document, this.#drill.id, { impact: roundImpact(debrief.impact), minutesToMitigate: debrief.minutesToMitigate }, new Date()),
		);
		showSaveOutcome(this.#parts.debrief, outcome);
		this.#render();
		this.#parts.debriefHeading.focus();
	}

	#restart() {
		this.#session = startDrill();
		this.#parts.transcript.replaceChildren();
		this.#parts.noMatch.replaceChildren();
		this.#render();
		this.#parts.input.focus();
	}

	#render() {
		const { impact, timeLimit } = this.#drill;
		const session = this.#session;
		const parts = this.#parts;
		parts.minute.textContent = String(session.minute);
		parts.impact.textContent = String(roundImpact(impactOf(this.#drill, session)));
		parts.state.dataset.state = session.mitigatedAt === undefined ? 'open' : 'mitigated';
		parts.state.textContent = session.mitigatedAt === undefined ? 'Not mitigated' : `Mitigated at minute ${session.mitigatedAt}`;
		parts.transcriptEmpty.hidden = session.taken.length > 0;
		parts.form.hidden = session.finished;
		parts.pick.hidden = session.finished;
		parts.end.hidden = session.finished;
		parts.debrief.hidden = !session.finished;
		this.#renderBest();
		if (!session.finished) return;

		const debrief = debriefOf(this.#drill, session);
		const label = (id: string) => this.#action(id).label;
		const amount = (value: number) => `${roundImpact(value)} ${impact.unit}`;
		parts.debriefSummary.textContent = debrief.mitigated
			? `You mitigated at minute ${debrief.minutesToMitigate} with ${amount(debrief.impact)} of ${impact.label.toLowerCase()}; the expert path mitigates at minute ${debrief.expert.minutesToMitigate} with ${amount(debrief.expert.impact)}.`
			: `The incident was not mitigated${session.minute >= timeLimit ? ` within ${timeLimit} minutes` : ''}: ${amount(debrief.impact)} of ${impact.label.toLowerCase()} so far. The expert path mitigates at minute ${debrief.expert.minutesToMitigate} with ${amount(debrief.expert.impact)}.`;
		parts.debriefPath.replaceChildren(
			...this.#drill.expertPath.map((id) => {
				const item = document.createElement('li');
				item.append(`${label(id)} `, text('strong', '', debrief.missed.includes(id) ? '(missed)' : debrief.outOfOrder.includes(id) ? '(taken out of order)' : '(taken)'));
				return item;
			}),
		);
		const misstepList = (heading: string, ids: string[]) => {
			if (ids.length === 0) return [];
			const list = document.createElement('ul');
			for (const id of ids) {
				const item = document.createElement('li');
				const lesson = document.createElement('div');
				// The lesson is HTML this site rendered at build time from its own Markdown.
				lesson.innerHTML = this.#action(id).lessonHtml;
				item.append(text('strong', '', label(id)), lesson);
				list.append(item);
			}
			return [text('h3', '', heading), list];
		};
		parts.debriefMissteps.replaceChildren(
			...misstepList('Red herrings you followed', debrief.redHerrings),
			...misstepList('Steps that made it worse', debrief.harmful),
			...misstepList('Expert steps you missed', debrief.missed),
		);
	}

	#renderBest() {
		const result = this.#store.read().document.drills?.[this.#drill.id];
		const best = this.#parts.best;
		best.hidden = !result;
		if (!result) return;
		const tries = countOf(result.attempts, 'attempt');
		best.textContent = result.best
			? `Your best: mitigated at minute ${result.best.minutesToMitigate} with ${result.best.impact} ${this.#drill.impact.unit} (${tries}).`
			: `Not mitigated yet (${tries}).`;
	}
}

customElements.define('sre-drill', DrillElement);
