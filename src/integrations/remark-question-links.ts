/**
 * Remark plugin: rewrites `/q/<id>/` links in question bodies to the canonical page under the base
 * path, and fails the build with the file name when the id does not exist.
 *
 * It reads ids straight from the question files' frontmatter because remark plugins run inside the
 * content pipeline, before the collection can be queried. Node-only.
 */
import { relative } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { resolveQuestionLink } from '../lib/question-links';
import { createSlugLookup } from './question-files';

interface Options {
	base: string;
	questionsDir: string;
}

function visitLinks(node: Root | Root['children'][number], visit: (node: { url: string }) => void): void {
	if (node.type === 'link' || node.type === 'definition') visit(node);
	if ('children' in node) for (const child of node.children) visitLinks(child, visit);
}

export function remarkQuestionLinks({ base, questionsDir }: Options) {
	// One lookup for the whole build; it re-reads the folder itself when ids are added while `astro dev` runs.
	const slugOf = createSlugLookup(questionsDir);
	return (tree: Root, file: VFile) => {
		visitLinks(tree, (link) => {
			const resolution = resolveQuestionLink(link.url, slugOf, base);
			if (!resolution) return;
			if (!resolution.ok) {
				const where = file.path ? relative(process.cwd(), file.path) : 'a question file';
				throw new Error(`${where}: ${resolution.error}`);
			}
			link.url = resolution.href;
		});
	};
}
