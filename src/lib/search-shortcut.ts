/**
 * The keyboard shortcuts that open search from anywhere: `/` (as on GitHub and most docs sites)
 * and Ctrl+K or ⌘K. Pure, so the header button and its test agree on what counts.
 */

/** What the check needs from a keydown event. */
export interface ShortcutKey {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** Whether the key went to a text field, where `/` must type a slash. */
	inEditableField: boolean;
}

/** Whether the key press should open search. */
export function isSearchShortcut(event: ShortcutKey): boolean {
	if (event.altKey) return false;
	if (event.key.toLowerCase() === 'k') return event.ctrlKey || event.metaKey;
	return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.inEditableField;
}

/** The shortcut hint to show, from the user agent string: ⌘K on Apple platforms, Ctrl K elsewhere. */
export const shortcutHint = (userAgent: string): string => (/mac|iphone|ipad/i.test(userAgent) ? '⌘K' : 'Ctrl K');
