/**
 * DOM helpers of the flashcard session and the mock interview, apart from `dom.ts` so reading
 * pages never load them. Browser-only.
 */
import { inlineHtml } from '../../lib/inline-code';

/**
 * A preference kept in localStorage (`get` and `set` by key). A convenience, not the reader's
 * work: when the browser refuses storage it is forgotten, never an error.
 */
export const preference = {
	get(key: string): string | null {
		try {
			return localStorage.getItem(key);
		} catch {
			return null;
		}
	},
	set(key: string, value: string): void {
		try {
			localStorage.setItem(key, value);
		} catch {
			/* Storage blocked: the choice lasts for this page. */
		}
	},
};

/**
 * Puts a card's short text (its title, a key point, a follow-up question) into `element`, its
 * `code` spans as code, as the question page shows them. `inlineHtml` escapes everything else.
 */
export function showInline<T extends HTMLElement>(element: T, text: string): T {
	element.innerHTML = inlineHtml(text);
	return element;
}

/** A list item per short text, for `replaceChildren` of a `<ul>` or `<ol>`. */
export const inlineItems = (texts: readonly string[]): HTMLLIElement[] => texts.map((text) => showInline(document.createElement('li'), text));
