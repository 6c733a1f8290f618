/**
 * The search dialog opened from the header button, `/` or Ctrl/⌘+K. A native modal <dialog>:
 * the page behind is inert, Esc closes it, and focus goes back to whatever opened it. Tab is kept
 * inside: past the last control Chromium moves focus out of a modal dialog, to the browser's own
 * toolbar (the e2e test "Tab stays inside" fails without this). The dialog is built on first open
 * and kept, so reopening shows the last search.
 */
import type { SearchPanel } from './search-panel';
import './search-panel';
import { searchPanelHtml } from './search-panel-html';

let dialog: HTMLDialogElement | undefined;
let panel: SearchPanel | undefined;
let returnFocusTo: HTMLElement | null = null;

/** What Tab can reach; result options are left out, since arrow keys move through them. */
const TABBABLE = ':is(a[href], button:not([disabled]), input:not([disabled]), [tabindex]):not([tabindex="-1"])';

/** Wraps Tab from the last control to the first, and Shift+Tab from the first to the last. */
function keepFocusInside(container: HTMLElement, event: KeyboardEvent) {
	const focusable = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.checkVisibility());
	const wrapTo = event.shiftKey ? focusable.at(-1) : focusable[0];
	const edge = event.shiftKey ? focusable[0] : focusable.at(-1);
	if (wrapTo && document.activeElement === edge) {
		event.preventDefault();
		wrapTo.focus();
	}
}

function createDialog(): HTMLDialogElement {
	const element = document.createElement('dialog');
	element.className = 'sre-search-dialog';
	element.setAttribute('aria-label', 'Search questions');
	const template = document.createElement('template');
	template.innerHTML = searchPanelHtml('dialog');
	element.append(template.content);

	element.addEventListener('close', () => {
		returnFocusTo?.focus();
		returnFocusTo = null;
	});
	// A click on the dialog element itself, not its content, is a click on the backdrop.
	element.addEventListener('click', (event) => {
		if (event.target === element) element.close();
	});
	element.querySelector('[data-close]')!.addEventListener('click', () => element.close());
	element.addEventListener('keydown', (event) => {
		if (event.key === 'Tab') keepFocusInside(element, event);
		else if (event.key === 'Escape') {
			// The search input would clear itself on Esc and keep the dialog open.
			event.preventDefault();
			element.close();
		}
	});
	document.body.append(element);
	panel = element.querySelector<SearchPanel>('sre-search-panel')!;
	return element;
}

/** Opens the search dialog, remembering `opener` to take focus back on close. */
export function openSearchDialog(opener: HTMLElement | null) {
	dialog ??= createDialog();
	if (dialog.open) return;
	returnFocusTo = opener;
	dialog.showModal();
	panel!.focusInput();
}
