/**
 * Which pages the sitemap lists: every page except the offline fallback and the redirects (short links `/q/<id>/` and the
 * old slugs in `aliases`), which say `noindex` and point at their canonical page. @astrojs/sitemap
 * leaves out the 404 page itself. Node-only: reads aliases from the question files.
 */
import { questionPath, shortPath, withBase } from '../lib/permalinks';
import { readQuestionFiles } from './question-files';

/** Site pages that say `noindex` themselves: the service worker's offline fallback (pages/offline.astro). */
const NOINDEX_PAGES = ['/offline/'];

/** A filter for @astrojs/sitemap's `filter` option, which receives absolute page URLs. */
export function isIndexedPage(questionsDir: string, base: string): (url: string) => boolean {
	const questions = readQuestionFiles(questionsDir);
	const unlisted = new Set(
		[...NOINDEX_PAGES, ...questions.flatMap(({ id, aliases }) => [shortPath(id), ...aliases.map(questionPath)])].map((path) => withBase(path, base)),
	);
	return (url) => !unlisted.has(new URL(url).pathname);
}
