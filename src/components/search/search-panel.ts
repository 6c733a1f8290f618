/**
 * `<sre-search-panel>`: the search interface shared by the dialog and the full search page, over
 * the markup of `search-panel-html.ts`. A combobox input over a listbox of results, filter toggles
 * with counts, a result count, and messages for the empty, no-result and unavailable states.
 * Changes made by the reader are reported with a `sre-search-change` event (`SearchChange`).
 *
 * Keyboard: ↑/↓ move through results (and their matching sections) while focus stays in the
 * input; Enter opens the selected one. The first result is selected after every search, so a term
 * and Enter reach the answer in one step. One search runs at a time: keys typed meanwhile are
 * searched together once it ends, and a search overtaken by newer keys is never shown.
 */
import styles from './search.css?inline';
import { countOf } from '../../lib/plural';
import { normaliseQuery } from '../../lib/search-query';
import type { SearchResultView } from '../../lib/search-results';
import { hasFilter, searchPageHref, toggleFacet, type SearchState } from '../../lib/search-state';
import type { Facet } from '../../lib/taxonomy';
import { loadSearchEngine, SearchUnavailableError, type SearchEngine, type SearchOutcome } from './search-engine';
import { BASE_PATH } from '../../lib/base-path';

/** What a `sre-search-change` event carries: the new search and whether its query or a filter changed. */
export interface SearchChange {
	state: SearchState;
	cause: 'query' | 'filter';
}

/** Results rendered per step; "Show more" adds the next step. */
const PAGE_SIZE = 10;
/** Wait before announcing the count, so a screen reader is not interrupted on every key. */
const ANNOUNCE_DELAY_MS = 700;

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

/** The elements of the panel's markup that change, found once. */
function panelParts(panel: HTMLElement) {
	const one = <T extends Element = HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
	const none = one('[data-message="none"]');
	return {
		input: one<HTMLInputElement>('input'),
		filters: one('.sre-search__filters'),
		toggles: [...panel.querySelectorAll<HTMLButtonElement>('[data-facet]')],
		clearFilters: one('.sre-search__clear'),
		count: one('.sre-search__count'),
		announcer: one('[role="status"]'),
		listbox: one('[role="listbox"]'),
		more: one('.sre-search__more'),
		messages: [...panel.querySelectorAll<HTMLElement>('[data-message]')],
		noneTitle: none.querySelector('strong')!,
		noneTail: none.querySelector('strong + span')!,
		clearToSee: none.querySelector<HTMLElement>('[data-clear-filters]')!,
		fullPageLink: panel.querySelector<HTMLAnchorElement>('.sre-search__full-page'),
		result: one<HTMLTemplateElement>('template[data-result]'),
		section: one<HTMLTemplateElement>('template[data-section]'),
	};
}

export class SearchPanel extends HTMLElement {
	#state: SearchState = { query: '', filter: {} };
	#engine?: SearchEngine;
	#engineError?: SearchUnavailableError;
	#outcome?: SearchOutcome;
	#searching = false;
	#stale = false;
	#active = -1;
	#announceTimer?: number;
	#parts?: ReturnType<typeof panelParts>;

	get #ui() {
		return (this.#parts ??= panelParts(this));
	}

	connectedCallback() {
		if (!this.hidden) return;
		addStyles();
		const { input, listbox } = this.#ui;
		input.addEventListener('input', () => this.#change({ ...this.#state, query: normaliseQuery(input.value) }, 'query'));
		input.addEventListener('keydown', (event) => this.#onKeydown(event));
		this.addEventListener('click', (event) => this.#onClick(event));
		listbox.addEventListener('pointermove', (event) => {
			const option = (event.target as Element).closest('[role="option"]');
			if (option) this.#activate(this.#options().indexOf(option as HTMLElement), false);
		});
		this.hidden = false;
		this.#render();
		void this.#loadEngine();
	}

	/** Focuses the search box with its text selected, ready to type over. */
	focusInput() {
		this.#ui.input.focus();
		this.#ui.input.select();
	}

	/** Shows a search without reporting it as a change: for state read from the URL. */
	show(state: SearchState) {
		this.#state = state;
		if (normaliseQuery(this.#ui.input.value) !== state.query) this.#ui.input.value = state.query;
		this.#search();
	}

	async #loadEngine() {
		try {
			this.#engine = await loadSearchEngine();
		} catch (error) {
			this.#engineError = error instanceof SearchUnavailableError ? error : new SearchUnavailableError('load-failed', error);
		}
		this.#search();
	}

	#change(state: SearchState, cause: SearchChange['cause']) {
		this.#state = state;
		this.dispatchEvent(new CustomEvent<SearchChange>('sre-search-change', { bubbles: true, detail: { state, cause } }));
		this.#search();
	}

	#onClick(event: Event) {
		const button = (event.target as Element).closest('button');
		if (!button) return;
		const { facet, value } = button.dataset;
		if (facet && value) this.#change({ ...this.#state, filter: toggleFacet(this.#state.filter, facet as Facet, value) }, 'filter');
		else if (button.hasAttribute('data-clear-filters')) this.#change({ ...this.#state, filter: {} }, 'filter');
		else if (button.matches('.sre-search__suggestion')) {
			this.#ui.input.value = button.textContent!;
			this.#change({ ...this.#state, query: button.textContent! }, 'query');
		} else if (button.matches('.sre-search__more')) return void this.#showMore();
		else return;
		this.#ui.input.focus();
	}

	/** Runs the current search unless one is running; that one then runs again for the newest state. */
	#search() {
		this.#stale = true;
		if (!this.#searching) void this.#searchUntilCurrent();
	}

	async #searchUntilCurrent() {
		this.#searching = true;
		try {
			while (this.#stale) {
				this.#stale = false;
				await this.#searchOnce(this.#state);
			}
		} finally {
			this.#searching = false;
		}
	}

	async #searchOnce({ query, filter }: SearchState) {
		const { fullPageLink } = this.#ui;
		if (fullPageLink) fullPageLink.href = searchPageHref(this.#state, BASE_PATH);
		if (!query || this.#engineError || !this.#engine) {
			this.#outcome = undefined;
			return this.#render();
		}
		const outcome = await this.#engine.search(query, filter);
		// Skip loading result pages for a search newer keys have overtaken.
		if (this.#stale) return;
		const views = await outcome.views(0, PAGE_SIZE);
		if (this.#stale) return;
		this.#outcome = outcome;
		this.#render(views);
	}

	async #showMore() {
		const outcome = this.#outcome;
		if (!outcome) return;
		const firstNew = this.#options().length;
		const views = await outcome.views(this.#shownResults(), PAGE_SIZE);
		if (outcome !== this.#outcome) return;
		this.#appendResults(views);
		this.#renderMore();
		this.#activate(firstNew);
		this.#ui.input.focus();
	}

	/** Brings every part of the panel in line with the current state and outcome. */
	#render(views: SearchResultView[] = []) {
		const { input, listbox } = this.#ui;
		listbox.replaceChildren();
		this.#active = -1;
		input.removeAttribute('aria-activedescendant');
		this.#appendResults(views);
		listbox.dataset.query = this.#outcome?.query ?? '';
		listbox.hidden = views.length === 0;
		input.setAttribute('aria-expanded', String(views.length > 0));
		this.#renderFilters();
		this.#renderMore();
		this.#renderCount();
		this.#renderMessage();
		// Selected without scrolling: on the search page that would scroll the window on load.
		if (views.length > 0) this.#activate(0, false);
	}

	#appendResults(views: SearchResultView[]) {
		const { listbox, result, section } = this.#ui;
		for (const view of views) {
			const id = `sre-search-result-${this.#shownResults()}`;
			const option = this.#option(result, id, view.href, view.number);
			const [title, excerpt, chips] = option.children;
			title.firstElementChild!.textContent = `#${view.number}`;
			title.lastElementChild!.textContent = ` ${view.title}`;
			// Pagefind's excerpt: the page's own text, escaped, with the matches in <mark>.
			excerpt.innerHTML = view.excerpt;
			chips.append(...view.chips.map((label) => Object.assign(document.createElement('span'), { className: 'chip', textContent: label })));
			listbox.append(option);
			view.sections.forEach((match, index) => {
				const link = this.#option(section, `${id}-section-${index}`, match.href, view.number);
				link.children[1].textContent = match.title;
				link.children[2].textContent = ` (section of question ${view.number})`;
				listbox.append(link);
			});
		}
	}

	#option(template: HTMLTemplateElement, id: string, href: string, number: number): HTMLAnchorElement {
		const option = (template.content.firstElementChild as HTMLAnchorElement).cloneNode(true) as HTMLAnchorElement;
		Object.assign(option, { id, href });
		option.dataset.number = String(number);
		return option;
	}

	#shownResults(): number {
		return this.#ui.listbox.querySelectorAll('.sre-result:not(.sre-result--section)').length;
	}

	#renderFilters() {
		const { filters, toggles, clearFilters } = this.#ui;
		const outcome = this.#outcome;
		// Nothing to narrow when the query itself found nothing.
		filters.hidden = !outcome || outcome.unfiltered === 0;
		if (!outcome) return;
		for (const button of toggles) {
			const facet = button.dataset.facet as Facet;
			const pressed = outcome.filter[facet] === button.dataset.value;
			const count = outcome.counts[facet].get(button.dataset.value!) ?? 0;
			button.hidden = count === 0 && !pressed;
			button.setAttribute('aria-pressed', String(pressed));
			button.lastElementChild!.textContent = String(count);
		}
		for (const group of filters.querySelectorAll<HTMLElement>('.sre-search__facet')) group.hidden = !group.querySelector('[data-facet]:not([hidden])');
		clearFilters.hidden = !hasFilter(outcome.filter);
	}

	#renderMore() {
		const { more } = this.#ui;
		const left = (this.#outcome?.total ?? 0) - this.#shownResults();
		more.hidden = left <= 0;
		more.textContent = `Show more results (${left} more)`;
	}

	#renderCount() {
		const { count, announcer } = this.#ui;
		const outcome = this.#outcome;
		let text = '';
		if (this.#state.query && !outcome && !this.#engineError) text = 'Loading the search index…';
		else if (outcome && outcome.unfiltered > 0) {
			const results = countOf(outcome.total, 'result');
			text = hasFilter(outcome.filter) ? `${results} · ${outcome.unfiltered} without filters` : results;
		}
		count.textContent = text;
		count.hidden = !text;
		window.clearTimeout(this.#announceTimer);
		const announcement = outcome ? `${text} for “${outcome.query}”` : '';
		this.#announceTimer = window.setTimeout(() => (announcer.textContent = announcement), ANNOUNCE_DELAY_MS);
	}

	#renderMessage() {
		const { messages, noneTitle, noneTail, clearToSee } = this.#ui;
		const outcome = this.#outcome;
		const filtered = Boolean(outcome && hasFilter(outcome.filter) && outcome.unfiltered > 0);
		let shown = '';
		if (this.#engineError) shown = this.#engineError.reason;
		else if (!this.#state.query) shown = 'start';
		else if (outcome?.total === 0) {
			shown = 'none';
			noneTitle.textContent = `No answers match “${outcome.query}”`;
			noneTail.textContent = filtered ? ' with these filters.' : '.';
			clearToSee.textContent = `Clear the filters to see ${countOf(outcome.unfiltered, 'result')}`;
			clearToSee.parentElement!.hidden = !filtered;
		}
		for (const message of messages) message.hidden = message.dataset.message !== shown;
	}

	#options(): HTMLElement[] {
		return [...this.#ui.listbox.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	#activate(index: number, scroll = true) {
		const options = this.#options();
		if (index < 0 || index >= options.length) return;
		options[this.#active]?.setAttribute('aria-selected', 'false');
		this.#active = index;
		const option = options[index];
		option.setAttribute('aria-selected', 'true');
		this.#ui.input.setAttribute('aria-activedescendant', option.id);
		if (scroll) option.scrollIntoView({ block: 'nearest' });
	}

	#onKeydown(event: KeyboardEvent) {
		const count = this.#options().length;
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
		const option = this.#options()[this.#active];
		if (option instanceof HTMLAnchorElement) window.location.assign(option.href);
	}
}

customElements.define('sre-search-panel', SearchPanel);
