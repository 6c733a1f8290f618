/**
 * Finds the syntax only MDX understands (JSX, `import`/`export`, `{expressions}`) in a question body.
 * Bodies are compiled as MDX, but the Markdown, Anki and print exports copy them as written, where
 * such syntax would show as raw code; so bodies must be plain Markdown. Pure.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';

/** One use of MDX-only syntax: its line in the parsed text and what it is. */
export interface MdxOnlySyntax {
	line: number;
	syntax: string;
}

/** Every use of MDX-only syntax in a tree parsed as MDX (by the site's MDX compiler, or by `findMdxOnlySyntax`). */
export function mdxOnlySyntax(tree: Root): MdxOnlySyntax[] {
	const found: MdxOnlySyntax[] = [];
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 0;
		if (node.type === 'mdxjsEsm') found.push({ line, syntax: `an import or export ("${node.value.split('\n')[0]}")` });
		else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push({ line, syntax: `JSX <${node.name ?? ''}>` });
		else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found.push({ line, syntax: `an expression {${node.value}}` });
	});
	return found;
}

/** Every use of MDX-only syntax in `body`, which must be valid MDX (the build compiles it). */
export function findMdxOnlySyntax(body: string): MdxOnlySyntax[] {
	return mdxOnlySyntax(fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }));
}

/** The build error for `found` in the body of `file`: the file, the field, each line and why it must go. */
export function mdxOnlySyntaxError(file: string, found: readonly MdxOnlySyntax[]): string {
	const uses = found.map(({ line, syntax }) => `line ${line}: ${syntax}`).join('; ');
	return `${file}: body uses syntax only MDX understands (${uses}); the Markdown, Anki and print exports copy the body as written, so write plain Markdown`;
}
