/**
 * Remark plugin: fails the build when a question body uses syntax only MDX understands (see
 * src/lib/mdx-syntax.ts), naming the file and each line. It reads the tree the MDX compiler has
 * already parsed, so it costs no extra parse. Drills and worksheets may use MDX freely. Node-only.
 */
import { resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { mdxOnlySyntax, mdxOnlySyntaxError } from '../lib/mdx-syntax';
import { sourceName } from './source-name';

export function remarkMarkdownBodies({ questionsDir }: { questionsDir: string }) {
	const folder = resolve(questionsDir) + sep;
	return (tree: Root, file: VFile) => {
		if (!file.path || !resolve(file.path).startsWith(folder)) return;
		const found = mdxOnlySyntax(tree);
		if (found.length > 0) throw new Error(mdxOnlySyntaxError(sourceName(file), found));
	};
}
