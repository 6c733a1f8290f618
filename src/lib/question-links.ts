/**
 * Resolves the short links authors write between questions (`[text](/q/17/)`) to the target's
 * canonical page, so readers skip the redirect hop and a link to a missing id fails the build; and
 * rewrites them in Markdown that leaves the site (downloads, decks), where they need absolute URLs.
 */
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

/** An inline link target `](/q/17/#hash)` or a reference definition `[x]: /q/17/`. */
const SHORT_LINK_TARGET = /(\]\(|^[ \t]*\[[^\]\n]+\]:[ \t]*)(\/q\/\d+\/?(?:#[^)\s]*)?)/gm;

/** Replaces the target of every short link in Markdown with `href(id, hash)`; other links stay as written. */
export function rewriteShortLinks(markdown: string, href: (id: number, hash: string) => string): string {
	return markdown.replace(SHORT_LINK_TARGET, (match, before: string, target: string) => {
		const parsed = parseShortPath(target);
		return parsed ? before + href(parsed.id, parsed.hash) : match;
	});
}
