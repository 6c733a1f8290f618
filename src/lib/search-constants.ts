/**
 * Names that search shares between every page, the search page and question pages. This module
 * imports nothing, so the small scripts that ship with every page (the header button, the
 * highlight check) stay small when they use these.
 */

/** Path of the full search page, without base. */
export const SEARCH_PATH = '/search/';

/** The URL parameter that carries a search into the question a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Event the header button fires on `document` before opening the dialog. The search page cancels
 * it and focuses its own search box instead, so there is never a dialog over the search page.
 */
export const SEARCH_FOCUS_EVENT = 'sre:search-focus';
