/**
 * The search panel's markup, one string for both places it lives: the search page renders it at
 * build time, and the dialog's chunk parses it once when a reader first opens search, so no other
 * page carries it. `search-panel.ts` brings it to life; it stays hidden until then.
 */
import { escapeHtml } from '../../lib/html-escape';
import { topicPath } from '../../lib/permalinks';
import { SEARCH_PATH } from '../../lib/search-constants';
import { MAX_QUERY_LENGTH } from '../../lib/search-query';
import { FACET_LABELS, FACET_OPTIONS, FACETS, TOPICS, type Facet } from '../../lib/taxonomy';
import { pathWithBase } from '../../lib/base-path';

/** Searches offered before anything is typed: the kind of terms readers arrive with. */
const SUGGESTED_QUERIES = ['error budget', 'OOMKilled', 'RTO', 'alert fatigue', 'k8s'];

/** The magnifier of the search bar and the header's search button, at `size` px. */
export const searchIcon = (size: number): string =>
	`<svg aria-hidden="true" viewBox="0 0 24 24" width="${size}" height="${size}"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="m15.5 15.5 5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>`;

const list = <T>(items: readonly T[], html: (item: T) => string) => items.map(html).join('');

/** The panel for the dialog (with a close button and a link to the search page) or the search page. */
export function searchPanelHtml(mode: 'dialog' | 'page'): string {
	const link = (path: string, text: string) => `<a href="${pathWithBase(path)}">${text}</a>`;
	const facet = (name: Facet) => `<div class="sre-search__facet" role="group" aria-labelledby="sre-search-${name}-label">
			<span id="sre-search-${name}-label" class="sre-search__facet-label">${FACET_LABELS[name]}</span>
			<div class="sre-search__toggles">${list(
				FACET_OPTIONS[name],
				({ value, label }) =>
					`<button type="button" class="sre-search__toggle" aria-pressed="false" data-facet="${name}" data-value="${value}" hidden><span>${escapeHtml(label)}</span><span class="sre-search__toggle-count"></span></button>`,
			)}</div>
		</div>`;
	return `<sre-search-panel class="sre-search" data-mode="${mode}" hidden>
	<div class="sre-search__bar" role="search" aria-label="Questions">
		<span class="sre-search__icon">${searchIcon(20)}</span>
		<label class="sr-only" for="sre-search-input">Search the answers</label>
		<input id="sre-search-input" class="sre-search__input" type="search" role="combobox" aria-expanded="false" aria-controls="sre-search-results" aria-autocomplete="list" aria-describedby="sre-search-count" autocomplete="off" autocapitalize="off" spellcheck="false" enterkeyhint="go" maxlength="${MAX_QUERY_LENGTH}" placeholder="Search answers: SLO, OOMKilled, RTO…">${mode === 'dialog' ? '\n\t\t<button type="button" class="sre-search__close" data-close>Esc<span class="sr-only"> (close search)</span></button>' : ''}
	</div>
	<div class="sre-search__body">
		<div class="sre-search__filters" role="group" aria-label="Filter results" hidden>
			${list(FACETS, facet)}<button type="button" class="sre-search__clear" data-clear-filters>Clear filters</button>
		</div>
		<p id="sre-search-count" class="sre-search__count" hidden></p>
		<!-- [html-validate-disable-next prefer-native-element: a combobox's popup of links, not a form control] -->
		<div id="sre-search-results" class="sre-search__results" role="listbox" aria-label="Search results" hidden></div>
		<button type="button" class="button sre-search__more" hidden></button>
		<div class="sre-search__message" data-message="start">
			<p class="sre-search__hint">Search every answer, its key points and follow-ups. Try:</p>
			<ul class="sre-search__suggestions" role="list">${list(SUGGESTED_QUERIES, (query) => `<li><button type="button" class="sre-search__suggestion">${query}</button></li>`)}</ul>
			<p class="sre-search__hint">Or browse ${link('/questions/', 'all questions')} and ${link('/topics/', 'topics')}.</p>
		</div>
		<div class="sre-search__message" data-message="none" hidden>
			<p class="sre-search__none"><strong></strong><span></span></p>
			<p><button type="button" class="button" data-clear-filters></button></p>
			<p class="sre-search__hint">Check the spelling, try fewer or shorter words, or browse a topic:</p>
			<ul class="chip-list sre-search__topics" role="list">${list(TOPICS, (topic) => `<li><a class="chip" href="${pathWithBase(topicPath(topic.slug))}">${escapeHtml(topic.label)}</a></li>`)}</ul>
		</div>
		<div class="sre-search__message" data-message="dev-server" hidden>
			<p class="sre-search__note">Search works on the built site only: the development server has no search index. Run <code>npm run build</code> and then <code>npm run preview</code> to try it.</p>
		</div>
		<div class="sre-search__message" data-message="load-failed" hidden>
			<p class="sre-search__note">Search could not be loaded. Reload the page to try again, or browse ${link('/questions/', 'all questions')}.</p>
		</div>
	</div>
	<p class="sr-only" role="status"></p>${
		mode === 'dialog'
			? `
	<footer class="sre-search__footer">
		<p class="sre-search__keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> to move <kbd>Enter</kbd> to open <kbd>Esc</kbd> to close</p>
		<a class="sre-search__full-page" href="${pathWithBase(SEARCH_PATH)}">Open the full search page</a>
	</footer>`
			: ''
	}
	<template data-result><a class="sre-result" role="option" tabindex="-1" aria-selected="false"><span class="sre-result__title"><span class="sre-result__number"></span><span></span></span><span class="sre-result__excerpt"></span><span class="sre-result__chips"></span></a></template>
	<template data-section><a class="sre-result sre-result--section" role="option" tabindex="-1" aria-selected="false"><span aria-hidden="true" class="sre-result__arrow">↳</span><span></span><span class="sr-only"></span></a></template>
</sre-search-panel>`;
}
