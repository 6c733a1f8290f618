/**
 * The opening answer of a question (the prose before its first heading, see `openingText`) as
 * HTML, for the places that show it away from the question page: print sheets and Anki decks.
 * Rendered with Astro's Markdown processor and the site's typography (smart quotes), so it reads
 * like the page. Node-only.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { openingText } from './answer-text';
import { rewriteShortLinks } from './question-links';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * The opening of `body` as HTML paragraphs. Short links between questions get the href that
 * `linkHref` builds: a page of the site, or an absolute URL when the HTML leaves the site.
 */
export async function openingAnswerHtml(body: string, linkHref: (id: number, hash: string) => string): Promise<string> {
	renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
	const { code } = await (await renderer).render(rewriteShortLinks(openingText(body), linkHref));
	return code.trim();
}
