/**
 * Markdown written outside a page's body (the opening answer shown away from its page, follow-up
 * answers from frontmatter) rendered to HTML with Astro's Markdown processor and the site's
 * typography (smart quotes), so it reads like the page. Node-only.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { openingText } from './answer-text';
import { rewriteShortLinks } from './question-links';

/** Builds the href of a short link `/q/<id>/#hash`: a page of the site, or an absolute URL when the HTML leaves the site. */
export type LinkHref = (id: number, hash: string) => string;

let renderer: Promise<MarkdownRenderer> | undefined;

/** `markdown` as HTML, with short links between questions rewritten by `linkHref`. */
export async function markdownHtml(markdown: string, linkHref: LinkHref): Promise<string> {
	renderer ??= createMarkdownProcessor({ syntaxHighlight: false });
	const { code } = await (await renderer).render(rewriteShortLinks(markdown, linkHref));
	return code.trim();
}

/** The opening of `body` (the prose before its first heading) as HTML paragraphs. */
export function openingAnswerHtml(body: string, linkHref: LinkHref): Promise<string> {
	return markdownHtml(openingText(body), linkHref);
}
