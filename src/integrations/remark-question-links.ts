/**
 * Remark plugin: rewrites `/q/<id>/` links in question bodies to the canonical page under the base
 * path, and fails the build with the file name when the id does not exist.
 *
 * It reads ids straight from the question files' frontmatter because remark plugins run inside the
 * content pipeline, before the collection can be queried. Node-only.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolveQuestionLink } from '../lib/question-links';
import { createSlugLookup } from './question-files';
import { sourceName } from './source-name';

interface Options {
	base: string;
	questionsDir: string;
}

export function remarkQuestionLinks({ base, questionsDir }: Options) {
	// One lookup for the whole build; it re-reads the folder itself when ids are added while `astro dev` runs.
	const slugOf = createSlugLookup(questionsDir);
	return (tree: Root, file: VFile) => {
		visit(tree, ['link', 'definition'], (link) => {
			if (link.type !== 'link' && link.type !== 'definition') return;
			const resolution = resolveQuestionLink(link.url, slugOf, base);
			if (!resolution) return;
			if (!resolution.ok) throw new Error(`${sourceName(file)}: ${resolution.error}`);
			link.url = resolution.href;
		});
	};
}
