/**
 * Remark plugin: rewrites `/q/<id>/` links in question bodies to the canonical page under the base
 * path, and fails the build with the file name when the id does not exist.
 *
 * It reads ids straight from the question files' frontmatter because remark plugins run inside the
 * content pipeline, before the collection can be queried. Node-only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { resolveQuestionLink } from '../lib/question-links';

interface Options {
	base: string;
	questionsDir: string;
}

function readSlugsById(dir: string): Map<number, string> {
	const slugsById = new Map<number, string>();
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.mdx')) continue;
		const { frontmatter } = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
		if (typeof frontmatter.id === 'number') slugsById.set(frontmatter.id, basename(file, '.mdx'));
	}
	return slugsById;
}

function visitLinks(node: Root | Root['children'][number], visit: (node: { url: string }) => void): void {
	if (node.type === 'link' || node.type === 'definition') visit(node);
	if ('children' in node) for (const child of node.children) visitLinks(child, visit);
}

export function remarkQuestionLinks({ base, questionsDir }: Options) {
	return (tree: Root, file: VFile) => {
		// Read per file rather than once, so ids added while `astro dev` runs resolve without a restart.
		const slugsById = readSlugsById(questionsDir);
		visitLinks(tree, (link) => {
			const resolution = resolveQuestionLink(link.url, slugsById, base);
			if (!resolution) return;
			if (!resolution.ok) {
				const where = file.path ? relative(process.cwd(), file.path) : 'a question file';
				throw new Error(`${where}: ${resolution.error}`);
			}
			link.url = resolution.href;
		});
	};
}
