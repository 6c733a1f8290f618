/**
 * Markdown written outside a page's body (the opening answer shown away from its page, follow-up
 * answers from frontmatter) rendered to HTML through the site's Markdown pipeline, so it reads like
 * the page. Each text is rendered once per build; only its short links differ between the places
 * it appears (a page of the site, a card, an Anki note), so they are set per call. Node-only.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { SITE_MARKDOWN } from '../integrations/site-markdown';
import { openingText } from './answer-text';
import { parseShortPath } from './permalinks';

/** Builds the href of a short link `/q/<id>/#hash`: a page of the site, or an absolute URL when the HTML leaves the site. */
export type LinkHref = (id: number, hash: string) => string;

let renderer: Promise<MarkdownRenderer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** `markdown` as HTML with its short links as written, rendered once per text. */
function renderOnce(markdown: string): Promise<string> {
	let html = rendered.get(markdown);
	if (!html) {
		renderer ??= createMarkdownProcessor({ ...SITE_MARKDOWN, syntaxHighlight: false });
		html = renderer.then(async ({ render }) => (await render(markdown)).code.trim());
		rendered.set(markdown, html);
	}
	return html;
}

/** `markdown` as HTML, with short links between questions pointed at `linkHref`. */
export async function markdownHtml(markdown: string, linkHref: LinkHref): Promise<string> {
	const html = await renderOnce(markdown);
	// Most texts link no question: they need no second parse to point links anywhere.
	if (!html.includes('href="/q/')) return html;
	const tree = fromHtml(html, { fragment: true });
	visit(tree, 'element', (element) => {
		const link = element.tagName === 'a' && typeof element.properties.href === 'string' ? parseShortPath(element.properties.href) : undefined;
		if (link) element.properties.href = linkHref(link.id, link.hash);
	});
	return toHtml(tree);
}

/** The opening of `body` (the prose before its first heading) as HTML paragraphs. */
export function openingAnswerHtml(body: string, linkHref: LinkHref): Promise<string> {
	return markdownHtml(openingText(body), linkHref);
}
