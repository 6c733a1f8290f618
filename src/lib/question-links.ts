/**
 * Resolves the short links authors write between questions (`[text](/q/17/)`) to the target's
 * canonical page, so readers skip the redirect hop and a link to a missing id fails the build; and
 * rewrites them in Markdown that leaves the site (downloads, decks), where they need absolute URLs.
 */
import { shortLinks } from './answer-text';
import { parseShortPath, questionPath, withBase } from './permalinks';

export type LinkResolution = { ok: true; href: string } | { ok: false; error: string };

/**
 * Returns the canonical href for a short link, `undefined` for hrefs that are not short links,
 * or an error naming the id when no question has it.
 */
export function resolveQuestionLink(
	href: string,
	slugOf: (id: number) => string | undefined,
	base: string,
): LinkResolution | undefined {
	const parsed = parseShortPath(href);
	if (!parsed) return undefined;
	const slug = slugOf(parsed.id);
	if (!slug) return { ok: false, error: `links to ${href} but no question has id ${parsed.id}` };
	return { ok: true, href: withBase(questionPath(slug), base) + parsed.hash };
}

/**
 * Replaces the target of every short link in Markdown with `href(id, hash)`; everything else, other
 * links included, stays byte for byte as written (re-serialising the tree would restyle the text).
 */
export function rewriteShortLinks(markdown: string, href: (id: number, hash: string) => string): string {
	let rewritten = '';
	let from = 0;
	for (const link of shortLinks(markdown)) {
		rewritten += markdown.slice(from, link.start) + href(link.id, link.hash);
		from = link.end;
	}
	return rewritten + markdown.slice(from);
}
