/**
 * Renders the opening of an answer (the direct answer before its first heading) to HTML for the
 * study cards file, with the same Markdown pipeline as the pages: GFM, and `/q/<id>/` links
 * resolved to canonical pages under the base path. Node-only, build time.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { openingText } from '../lib/answer-text';
import { remarkQuestionLinks } from './remark-question-links';
import { QUESTIONS_DIR } from './content-dir';

let renderer: Promise<MarkdownRenderer> | undefined;

/** HTML of the opening of an answer body (MDX without frontmatter). */
export async function openingHtml(body: string, base: string): Promise<string> {
	renderer ??= unified({ gfm: false, remarkPlugins: [remarkGfm, [remarkQuestionLinks, { base, questionsDir: QUESTIONS_DIR }]] }).createRenderer({
		syntaxHighlight: false,
	});
	const { code } = await (await renderer).render(openingText(body));
	return code.trim();
}
