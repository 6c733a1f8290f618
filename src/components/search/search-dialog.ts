/**
 * The search dialog opened from the header button, `/` or Ctrl/⌘+K. A native modal <dialog>:
 * the page behind is inert, Esc closes it, and focus goes back to whatever opened it. Tab is kept
 * inside (the browser would otherwise move on to its own toolbar). The dialog is built on first
 * open and kept, so reopening shows the last search.
 */
import { SearchPanel } from './search-panel';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let returnFocusTo: HTMLElement | null = null;

/** What Tab can reach; result options are left out, since arrow keys move through them. */
const TABBABLE = ':is(a[href], button:not([disabled]), input:not([disabled]), [tabindex]):not([tabindex="-1"])';

function createDialog(base: string): HTMLDialogElement {
	const element = document.createElement('dialog');
	element.className = 'sre-search-dialog';
	element.setAttribute('aria-label', 'Search questions');
	panel = new SearchPanel({ base, mode: 'dialog' });
	element.append(panel.element);

	element.addEventListener('close', () => {
		returnFocusTo?.focus();
		returnFocusTo = null;
	});
	// A click on the dialog element itself, not its content, is a click on the backdrop.
	element.addEventListener('click', (event) => {
		if (event.target === element) element.close();
	});
	element.querySelector('[data-close]')?.addEventListener('click', () => element.close());
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			// The search input would clear itself on Esc and keep the dialog open.
			event.preventDefault();
			element.close();
		} else if (event.key === 'Tab') {
			keepFocusInside(element, event);
		}
	});
	document.body.append(element);
	return element;
}

function keepFocusInside(container: HTMLElement, event: KeyboardEvent) {
	const focusable = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.checkVisibility());
	const first = focusable[0];
	const last = focusable.at(-1);
	if (!first || !last) return;
	if (event.shiftKey && document.activeElement === first) {
		event.preventDefault();
		last.focus();
	} else if (!event.shiftKey && document.activeElement === last) {
		event.preventDefault();
		first.focus();
	}
}

/** Opens the search dialog, remembering `opener` to take focus back on close. */
export function openSearchDialog(base: string, opener: HTMLElement | null) {
	dialog ??= createDialog(base);
	if (dialog.open) return;
	returnFocusTo = opener;
	dialog.showModal();
	panel!.input.focus();
	panel!.input.select();
}
