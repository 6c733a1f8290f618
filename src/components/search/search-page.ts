/**
 * `<sre-search-page>`, the search page's behaviour: the URL is the state. Opening
 * `/search/?q=rto&kind=design` runs that search; typing replaces the URL (one history entry per
 * search, not per key), choosing a filter adds an entry, and the back button restores the
 * previous search.
 */
import { SEARCH_FOCUS_EVENT } from '../../lib/search-constants';
import { parseSearchState, sameSearch, searchPageHref, type SearchState } from '../../lib/search-state';
import type { SearchChange, SearchPanel } from './search-panel';
import { BASE_PATH } from '../../lib/base-path';
import './search-panel';

class SearchPage extends HTMLElement {
	readonly #panel = this.querySelector<SearchPanel>('sre-search-panel')!;
	readonly #baseTitle = document.title;

	connectedCallback() {
		this.addEventListener('sre-search-change', this.#onChange);
		window.addEventListener('popstate', this.#fromUrl);
		document.addEventListener(SEARCH_FOCUS_EVENT, this.#onFocusShortcut);
		this.#fromUrl();
		this.#panel.focusInput();
	}

	disconnectedCallback() {
		window.removeEventListener('popstate', this.#fromUrl);
		document.removeEventListener(SEARCH_FOCUS_EVENT, this.#onFocusShortcut);
	}

	#onChange = (event: Event) => {
		const { state, cause } = (event as CustomEvent<SearchChange>).detail;
		if (sameSearch(parseSearchState(new URLSearchParams(location.search)), state)) return;
		const url = searchPageHref(state, BASE_PATH);
		if (cause === 'filter') history.pushState(null, '', url);
		else history.replaceState(null, '', url);
		this.#showTitle(state);
	};

	#fromUrl = () => {
		const state = parseSearchState(new URLSearchParams(location.search));
		this.#panel.show(state);
		this.#showTitle(state);
	};

	// The header's `/` and Ctrl/⌘+K focus this page's search box instead of opening a dialog.
	#onFocusShortcut = (event: Event) => {
		event.preventDefault();
		this.#panel.focusInput();
	};

	#showTitle(state: SearchState) {
		document.title = state.query ? `“${state.query}” – ${this.#baseTitle}` : this.#baseTitle;
	}
}

customElements.define('sre-search-page', SearchPage);
