/**
 * Anki decks as plain text that Anki imports without add-ons (File > Import): a few `#key:value`
 * header lines, then one note per line with tab-separated fields. Each note carries a stable GUID,
 * so importing a newer deck updates the notes a reader already has instead of duplicating them.
 *
 * Anki reads the file as CSV: a line starting with `#` is a comment, and a double-quoted field may
 * hold any character. Every field is therefore quoted, which also keeps a front that starts with
 * `#` from being dropped.
 */
import type { QuestionData } from './question-schema';
import { escapeHtml } from './html-escape';
import { inlineHtml } from './inline-code';

/** One Anki note of the "Basic" type: front and back are HTML, tags are single words. */
export interface AnkiNote {
	guid: string;
	front: string;
	back: string;
	tags: readonly string[];
}

/** The header lines: tab-separated HTML fields, GUID in column 1, front 2, back 3, tags 4. */
export const ANKI_HEADER = ['#separator:tab', '#html:true', '#notetype:Basic', '#guid column:1', '#tags column:4'] as const;

/**
 * A field as Anki's importer reads it: on one line and double-quoted, with inner quotes doubled.
 * Tabs and line breaks become spaces, which HTML renders the same way outside `<pre>` (our fields
 * hold no preformatted text).
 */
export function ankiField(html: string): string {
	return `"${html.replace(/[\t\r\n]+/g, ' ').replaceAll('"', '""')}"`;
}

/** A hierarchical Anki tag such as `sre-prep::topic::on-call`; whitespace would split a tag, so it becomes `_`. */
export function ankiTag(...parts: readonly string[]): string {
	return parts.map((part) => part.trim().replace(/\s+/g, '_')).join('::');
}

/** Tag that every note of the site carries, and the root of its other tags. */
export const DECK_TAG = 'sre-prep';

/** What a question's note is made of. */
export interface QuestionNoteSource {
	data: Pick<QuestionData, 'id' | 'title' | 'topics' | 'level' | 'kind' | 'keyPoints' | 'seniorSignals'>;
	/** The opening answer as HTML, with absolute links (see markdown-html.ts). */
	openingHtml: string;
	/** Absolute short permalink of the question. */
	permalink: string;
}

/** The note for one question: the question on the front; opening answer, key points, senior signals and permalink on the back. */
export function questionNote({ data, openingHtml, permalink }: QuestionNoteSource): AnkiNote {
	const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${inlineHtml(item)}</li>`).join('')}</ul>`;
	const link = escapeHtml(permalink);
	return {
		guid: `${DECK_TAG}-q${data.id}`,
		front: inlineHtml(data.title),
		back: `${openingHtml}<p><strong>Key points</strong></p>${list(data.keyPoints)}<p><strong>What a senior answer adds</strong></p>${list(data.seniorSignals)}<p><a href="${link}">${link}</a></p>`,
		tags: [
			DECK_TAG,
			...data.topics.map((topic) => ankiTag(DECK_TAG, 'topic', topic)),
			ankiTag(DECK_TAG, 'level', data.level),
			ankiTag(DECK_TAG, 'kind', data.kind),
		],
	};
}

/** The whole import file: header lines, then one line per note. */
export function ankiDeck(notes: readonly AnkiNote[]): string {
	const rows = notes.map((note) => [note.guid, note.front, note.back, note.tags.join(' ')].map(ankiField).join('\t'));
	return `${[...ANKI_HEADER, ...rows].join('\n')}\n`;
}
