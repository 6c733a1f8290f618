/**
 * The search page's behaviour: the URL is the state. Opening `/search/?q=rto&kind=design` runs
 * that search; typing replaces the URL (one history entry per search, not per key), choosing a
 * filter adds an entry, and the back button restores the previous search.
 */
import { SEARCH_FOCUS_EVENT } from '../../lib/search-constants';
import { parseSearchState, sameSearch, searchPageHref, type SearchState } from '../../lib/search-state';
import { SearchPanel } from './search-panel';

export function mountSearchPage(host: HTMLElement, base: string) {
	const baseTitle = document.title;
	const showTitle = (state: SearchState) => (document.title = state.query ? `“${state.query}” – ${baseTitle}` : baseTitle);

	const panel = new SearchPanel({
		base,
		mode: 'page',
		onChange(state, cause) {
			const current = parseSearchState(new URLSearchParams(location.search));
			if (sameSearch(current, state)) return;
			const url = searchPageHref(state, base);
			if (cause === 'filter') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
			showTitle(state);
		},
	});
	host.append(panel.element);

	const fromUrl = () => {
		const state = parseSearchState(new URLSearchParams(location.search));
		panel.setState(state);
		showTitle(state);
	};
	window.addEventListener('popstate', fromUrl);
	document.addEventListener(SEARCH_FOCUS_EVENT, (event) => {
		event.preventDefault();
		panel.input.focus();
		panel.input.select();
	});
	fromUrl();
	panel.input.focus();
}
