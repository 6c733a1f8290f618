/**
 * The search interface shared by the dialog (every page) and the full search page: a combobox
 * input over a listbox of results, filter toggles with counts, a result count, and messages for
 * the empty, no-result and unavailable states. Built in the browser because it only exists once a
 * reader opens search; the search page's server-rendered HTML covers the no-JavaScript case.
 *
 * Keyboard: typing searches at once; ↑/↓ move through results (and their matching sections)
 * while focus stays in the input; Enter opens the selected one. The first result is selected
 * after every search, so a term and Enter reach the answer in one step.
 */
import styles from './search.css?inline';
import { withBase, topicPath } from '../../lib/permalinks';
import { countOf } from '../../lib/plural';
import { FACETS, hasFilter, toggleFacet, type Facet } from '../../lib/search-facets';
import { normaliseQuery, MAX_QUERY_LENGTH } from '../../lib/search-query';
import { searchPageHref, type SearchState } from '../../lib/search-state';
import type { SearchResultView } from '../../lib/search-results';
import type { TextSegment } from '../../lib/search-highlight';
import { getTopic, KINDS, kindLabel, LEVELS, levelLabel, TOPICS, type Kind, type Level } from '../../lib/taxonomy';
import { loadSearchEngine, SearchUnavailableError, type SearchEngine, type SearchOutcome } from './search-engine';

export interface SearchPanelOptions {
	base: string;
	/** The dialog links to the full search page; the page keeps its URL in step instead. */
	mode: 'dialog' | 'page';
	/** Called after the reader changes the search, saying whether the query or a filter changed. */
	onChange?(state: SearchState, cause: 'query' | 'filter'): void;
}

/** Results rendered per step; "Show more" adds the next step. */
const PAGE_SIZE = 10;
/** Searches offered before anything is typed: the kind of terms readers arrive with. */
const SUGGESTED_QUERIES = ['error budget', 'OOMKilled', 'RTO', 'alert fatigue', 'k8s'];
/** Wait before announcing the count, so a screen reader is not interrupted on every key. */
const ANNOUNCE_DELAY_MS = 700;

const FACET_LABELS: Record<Facet, string> = { topic: 'Topic', level: 'Level', kind: 'Kind' };
const FACET_VALUES: Record<Facet, { value: string; label: string }[]> = {
	topic: TOPICS.map((topic) => ({ value: topic.slug, label: topic.label })),
	level: LEVELS.map((level) => ({ value: level, label: levelLabel(level as Level) })),
	kind: KINDS.map((kind) => ({ value: kind, label: kindLabel(kind as Kind) })),
};

let panelCount = 0;

/**
 * The panel's styles travel inside this module and are added when it first loads. Imported as a
 * stylesheet, Astro would link them from every page that can open search, not when search opens.
 */
function addStyles() {
	if (document.querySelector('style[data-sre-search]')) return;
	const style = document.createElement('style');
	style.dataset.sreSearch = '';
	style.textContent = styles;
	document.head.append(style);
}

type Children = (Node | string | false | undefined)[];

/** Creates an element with attributes (`hidden: true` sets a boolean attribute) and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: Children): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === true) element.setAttribute(name, '');
		else if (value !== false) element.setAttribute(name, value);
	}
	for (const child of children) if (child) element.append(child);
	return element;
}

const SEARCH_ICON =
	'<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="m15.5 15.5 5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';

function segmentsToNodes(segments: readonly TextSegment[]): Node[] {
	return segments.map((segment) => (segment.marked ? h('mark', {}, segment.text) : document.createTextNode(segment.text)));
}

export class SearchPanel {
	readonly element: HTMLElement;
	readonly input: HTMLInputElement;
	readonly #options: SearchPanelOptions;
	readonly #id = `sre-search-${++panelCount}`;
	readonly #filters: HTMLElement;
	readonly #toggles = new Map<string, { button: HTMLButtonElement; count: HTMLElement }>();
	readonly #groups = new Map<Facet, HTMLElement>();
	readonly #clearFilters: HTMLButtonElement;
	readonly #count: HTMLElement;
	readonly #announcer: HTMLElement;
	readonly #listbox: HTMLElement;
	readonly #more: HTMLButtonElement;
	readonly #message: HTMLElement;
	readonly #fullPageLink?: HTMLAnchorElement;
	#state: SearchState = { query: '', filter: {} };
	#engine?: SearchEngine;
	#engineError?: SearchUnavailableError;
	#outcome?: SearchOutcome;
	#shown = 0;
	#run = 0;
	#active = -1;
	#announceTimer?: number;

	constructor(options: SearchPanelOptions) {
		this.#options = options;
		addStyles();
		const id = this.#id;
		this.input = h('input', {
			id: `${id}-input`,
			class: 'sre-search__input',
			type: 'search',
			role: 'combobox',
			'aria-expanded': 'false',
			'aria-controls': `${id}-results`,
			'aria-autocomplete': 'list',
			'aria-describedby': `${id}-count`,
			autocomplete: 'off',
			autocapitalize: 'off',
			spellcheck: 'false',
			enterkeyhint: 'go',
			maxlength: String(MAX_QUERY_LENGTH),
			placeholder: 'Search answers: SLO, OOMKilled, RTO…',
		});
		const icon = h('span', { class: 'sre-search__icon' });
		icon.innerHTML = SEARCH_ICON;
		const form = h(
			'form',
			{ class: 'sre-search__bar', role: 'search', 'aria-label': 'Questions' },
			icon,
			h('label', { class: 'sr-only', for: this.input.id }, 'Search the answers'),
			this.input,
			options.mode === 'dialog' && h('button', { type: 'button', class: 'sre-search__close', 'data-close': true }, 'Esc', h('span', { class: 'sr-only' }, ' (close search)')),
		);

		this.#filters = h('div', { class: 'sre-search__filters', role: 'group', 'aria-label': 'Filter results', hidden: true });
		for (const facet of FACETS) this.#filters.append(this.#facetGroup(facet));
		this.#clearFilters = h('button', { type: 'button', class: 'sre-search__clear' }, 'Clear filters');
		this.#filters.append(this.#clearFilters);

		this.#count = h('p', { id: `${id}-count`, class: 'sre-search__count' });
		this.#announcer = h('p', { class: 'sr-only', role: 'status' });
		this.#listbox = h('div', { id: `${id}-results`, class: 'sre-search__results', role: 'listbox', 'aria-label': 'Search results', hidden: true });
		this.#more = h('button', { type: 'button', class: 'button sre-search__more', hidden: true }, 'Show more results');
		this.#message = h('div', { class: 'sre-search__message' });

		const body = h('div', { class: 'sre-search__body' }, this.#filters, this.#count, this.#listbox, this.#more, this.#message);
		this.element = h('div', { class: 'sre-search', 'data-mode': options.mode }, form, body, this.#announcer);

		if (options.mode === 'dialog') {
			this.#fullPageLink = h('a', { class: 'sre-search__full-page', href: searchPageHref(this.#state, options.base) }, 'Open the full search page');
			const keys = h('p', { class: 'sre-search__keys', 'aria-hidden': 'true' }, h('kbd', {}, '↑'), h('kbd', {}, '↓'), ' to move ', h('kbd', {}, 'Enter'), ' to open ', h('kbd', {}, 'Esc'), ' to close');
			this.element.append(h('footer', { class: 'sre-search__footer' }, keys, this.#fullPageLink));
		}

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#openActive();
		});
		this.input.addEventListener('input', () => this.#change({ ...this.#state, query: normaliseQuery(this.input.value) }, 'query'));
		this.input.addEventListener('keydown', (event) => this.#onKeydown(event));
		this.#clearFilters.addEventListener('click', () => {
			this.#change({ ...this.#state, filter: {} }, 'filter');
			this.input.focus();
		});
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#listbox.addEventListener('pointermove', (event) => {
			const option = (event.target as Element).closest('[role="option"]');
			if (option) this.#activate(this.#optionElements().indexOf(option as HTMLElement), false);
		});
		this.#render();
		void this.#loadEngine();
	}

	/** Shows a search without reporting it as a change: for state read from the URL. */
	setState(state: SearchState) {
		this.#state = state;
		if (normaliseQuery(this.input.value) !== state.query) this.input.value = state.query;
		void this.#search();
	}

	async #loadEngine() {
		try {
			this.#engine = await loadSearchEngine(this.#options.base);
		} catch (error) {
			this.#engineError = error instanceof SearchUnavailableError ? error : new SearchUnavailableError('load-failed', error);
		}
		void this.#search();
	}

	#change(state: SearchState, cause: 'query' | 'filter') {
		this.#state = state;
		this.#options.onChange?.(state, cause);
		void this.#search();
	}

	#facetGroup(facet: Facet): HTMLElement {
		const labelId = `${this.#id}-${facet}-label`;
		const toggles = h('div', { class: 'sre-search__toggles' });
		for (const { value, label } of FACET_VALUES[facet]) {
			const count = h('span', { class: 'sre-search__toggle-count' });
			const button = h('button', { type: 'button', class: 'sre-search__toggle', 'aria-pressed': 'false', 'data-facet': facet, 'data-value': value, hidden: true }, h('span', {}, label), count);
			button.addEventListener('click', () => this.#change({ ...this.#state, filter: toggleFacet(this.#state.filter, facet, value) }, 'filter'));
			this.#toggles.set(`${facet}:${value}`, { button, count });
			toggles.append(button);
		}
		const group = h('div', { class: 'sre-search__facet', role: 'group', 'aria-labelledby': labelId }, h('span', { id: labelId, class: 'sre-search__facet-label' }, FACET_LABELS[facet]), toggles);
		this.#groups.set(facet, group);
		return group;
	}

	async #search() {
		const run = ++this.#run;
		const { query, filter } = this.#state;
		if (this.#fullPageLink) this.#fullPageLink.href = searchPageHref(this.#state, this.#options.base);
		if (!query || this.#engineError || !this.#engine) {
			this.#outcome = undefined;
			this.#render();
			return;
		}
		const outcome = await this.#engine.search(query, filter);
		// A newer key press has started another search: skip loading this one's result pages.
		if (run !== this.#run) return;
		const views = await outcome.views(0, PAGE_SIZE);
		if (run !== this.#run) return;
		this.#outcome = outcome;
		this.#render(views);
	}

	async #showMore() {
		const outcome = this.#outcome;
		if (!outcome) return;
		const run = this.#run;
		const firstNew = this.#optionElements().length;
		const views = await outcome.views(this.#shown, PAGE_SIZE);
		if (run !== this.#run) return;
		this.#appendResults(views);
		this.#updateMore();
		this.#activate(firstNew);
		this.input.focus();
	}

	/** Brings every part of the panel in line with the current state and outcome. */
	#render(views: SearchResultView[] = []) {
		const outcome = this.#outcome;
		this.#listbox.replaceChildren();
		this.#shown = 0;
		this.#active = -1;
		this.input.removeAttribute('aria-activedescendant');
		this.#appendResults(views);
		this.#listbox.dataset.query = outcome?.query ?? '';
		this.#listbox.hidden = views.length === 0;
		this.input.setAttribute('aria-expanded', String(views.length > 0));
		this.#renderFilters();
		this.#updateMore();
		this.#renderCount();
		this.#renderMessage();
		// Selected without scrolling: on the search page that would scroll the window on load.
		if (views.length > 0) this.#activate(0, false);
	}

	#appendResults(views: SearchResultView[]) {
		for (const view of views) {
			const index = this.#shown++;
			const optionId = `${this.#id}-result-${index}`;
			const option = h(
				'a',
				{ id: optionId, class: 'sre-result', role: 'option', href: view.href, tabindex: '-1', 'aria-selected': 'false', 'data-number': String(view.number) },
				h('span', { class: 'sre-result__title' }, h('span', { class: 'sre-result__number' }, `#${view.number}`), ` ${view.title}`),
				h('span', { class: 'sre-result__excerpt' }, ...segmentsToNodes(view.excerpt)),
				h('span', { class: 'sre-result__chips' }, ...view.chips.map((chip) => h('span', { class: 'chip' }, chip))),
			);
			this.#listbox.append(option);
			view.sections.forEach((section, sectionIndex) => {
				this.#listbox.append(
					h(
						'a',
						{ id: `${optionId}-section-${sectionIndex}`, class: 'sre-result sre-result--section', role: 'option', href: section.href, tabindex: '-1', 'aria-selected': 'false', 'data-number': String(view.number) },
						h('span', { 'aria-hidden': 'true', class: 'sre-result__arrow' }, '↳'),
						h('span', {}, section.title),
						h('span', { class: 'sr-only' }, ` (section of question ${view.number})`),
					),
				);
			});
		}
	}

	#renderFilters() {
		const outcome = this.#outcome;
		// Nothing to narrow when the query itself found nothing.
		this.#filters.hidden = !outcome || outcome.unfiltered === 0;
		if (!outcome) return;
		for (const facet of FACETS) {
			let visible = 0;
			for (const { value } of FACET_VALUES[facet]) {
				const { button, count } = this.#toggles.get(`${facet}:${value}`)!;
				const pressed = outcome.filter[facet] === value;
				const n = outcome.counts[facet].get(value) ?? 0;
				button.hidden = n === 0 && !pressed;
				button.setAttribute('aria-pressed', String(pressed));
				count.textContent = String(n);
				if (!button.hidden) visible++;
			}
			this.#groups.get(facet)!.hidden = visible === 0;
		}
		this.#clearFilters.hidden = !hasFilter(outcome.filter);
	}

	#updateMore() {
		this.#more.hidden = !this.#outcome || this.#shown >= this.#outcome.total;
		if (this.#outcome) this.#more.textContent = `Show more results (${this.#outcome.total - this.#shown} more)`;
	}

	#renderCount() {
		const outcome = this.#outcome;
		let text = '';
		if (this.#state.query && !outcome && !this.#engineError) text = 'Loading the search index…';
		else if (outcome && outcome.unfiltered > 0) {
			const results = (n: number) => countOf(n, 'result');
			text = hasFilter(outcome.filter) ? `${results(outcome.total)} · ${outcome.unfiltered} without filters` : results(outcome.total);
		}
		this.#count.textContent = text;
		this.#count.hidden = !text;
		window.clearTimeout(this.#announceTimer);
		const announcement = outcome ? `${text} for “${outcome.query}”` : '';
		this.#announceTimer = window.setTimeout(() => (this.#announcer.textContent = announcement), ANNOUNCE_DELAY_MS);
	}

	#renderMessage() {
		const { base } = this.#options;
		const outcome = this.#outcome;
		const message = this.#message;
		message.replaceChildren();
		if (this.#engineError) {
			message.append(
				this.#engineError.reason === 'dev-server'
					? h('p', { class: 'sre-search__note' }, 'Search works on the built site only: the development server has no search index. Run ', h('code', {}, 'npm run build'), ' and then ', h('code', {}, 'npm run preview'), ' to try it.')
					: h('p', { class: 'sre-search__note' }, 'Search could not be loaded. Reload the page to try again, or browse ', this.#link('/questions/', 'all questions'), '.'),
			);
			return;
		}
		if (!this.#state.query) {
			const suggestions = SUGGESTED_QUERIES.map((query) => {
				const button = h('button', { type: 'button', class: 'sre-search__suggestion' }, query);
				button.addEventListener('click', () => {
					this.input.value = query;
					this.#change({ ...this.#state, query }, 'query');
					this.input.focus();
				});
				return h('li', {}, button);
			});
			message.append(
				h('p', { class: 'sre-search__hint' }, 'Search every answer, its key points and follow-ups. Try:'),
				h('ul', { class: 'sre-search__suggestions', role: 'list' }, ...suggestions),
				h('p', { class: 'sre-search__hint' }, 'Or browse ', this.#link('/questions/', 'all questions'), ' and ', this.#link('/topics/', 'topics'), '.'),
			);
			return;
		}
		if (!outcome || outcome.total > 0) return;
		const filtered = hasFilter(outcome.filter) && outcome.unfiltered > 0;
		message.append(h('p', { class: 'sre-search__none' }, h('strong', {}, `No answers match “${outcome.query}”`), filtered ? ' with these filters.' : '.'));
		if (filtered) {
			const clear = h('button', { type: 'button', class: 'button' }, `Clear the filters to see ${countOf(outcome.unfiltered, 'result')}`);
			clear.addEventListener('click', () => {
				this.#change({ ...this.#state, filter: {} }, 'filter');
				this.input.focus();
			});
			message.append(h('p', {}, clear));
		}
		message.append(
			h('p', { class: 'sre-search__hint' }, 'Check the spelling, try fewer or shorter words, or browse a topic:'),
			h('ul', { class: 'chip-list sre-search__topics', role: 'list' }, ...TOPICS.map((topic) => h('li', {}, h('a', { class: 'chip', href: withBase(topicPath(topic.slug), base) }, getTopic(topic.slug).label)))),
		);
	}

	#link(path: string, text: string): HTMLAnchorElement {
		return h('a', { href: withBase(path, this.#options.base) }, text);
	}

	#optionElements(): HTMLElement[] {
		return [...this.#listbox.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	#activate(index: number, scroll = true) {
		const options = this.#optionElements();
		if (index < 0 || index >= options.length) return;
		options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = options[index];
		option.setAttribute('aria-selected', 'true');
		this.input.setAttribute('aria-activedescendant', option.id);
		if (scroll) option.scrollIntoView({ block: 'nearest' });
	}

	#onKeydown(event: KeyboardEvent) {
		const count = this.#optionElements().length;
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (count === 0) return;
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			this.#activate((this.#active + step + count) % count);
		} else if (event.key === 'Enter' && !event.isComposing) {
			event.preventDefault();
			this.#openActive();
		}
	}

	#openActive() {
		const option = this.#optionElements()[this.#active];
		if (option instanceof HTMLAnchorElement) window.location.assign(option.href);
	}
}
