/**
 * Inline code in the short plain-text fields of a question (title, summary, key points, senior
 * signals, follow-up questions): `kill -9` between backticks, as in Markdown. Pages and the Anki
 * deck show it as code; places that take plain text (the page title, link previews, the feed,
 * flashcards) drop the backticks. Only single backticks pair up; an unpaired one stays. Pure.
 */
import { escapeHtml } from './html-escape';

const CODE_SPAN = /`([^`]+)`/g;

/** The text as HTML, its code spans as `<code>`. */
export function inlineHtml(text: string): string {
	let html = '';
	let from = 0;
	for (const match of text.matchAll(CODE_SPAN)) {
		html += `${escapeHtml(text.slice(from, match.index))}<code>${escapeHtml(match[1])}</code>`;
		from = match.index + match[0].length;
	}
	return html + escapeHtml(text.slice(from));
}

/** The text without the backticks of its code spans. */
export const plainText = (text: string): string => text.replace(CODE_SPAN, '$1');
