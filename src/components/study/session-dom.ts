/**
 * DOM helpers of the flashcard session and the mock interview, apart from `dom.ts` so reading
 * pages never load them. Browser-only.
 */

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

/** A list item per text, for `replaceChildren` of a `<ul>` or `<ol>`. */
export const textItems = (texts: readonly string[]): HTMLLIElement[] => texts.map((text) => Object.assign(document.createElement('li'), { textContent: text }));
