import { describe, expect, it } from 'vitest';
import { findMdxOnlySyntax, mdxOnlySyntaxError } from './mdx-syntax';

describe('findMdxOnlySyntax()', () => {
	it('finds nothing in plain Markdown, code included', () => {
		expect(findMdxOnlySyntax('An answer with **bold**, a [link](/q/3/) and a table.\n\n```tsx\n<Button onClick={go} />\nimport x from "y";\n```\n\nInline `{braces}` too.\n')).toEqual([]);
	});
	it('names each use of JSX, import/export and expressions with its line', () => {
		const body = ['import Callout from "./Callout.astro";', '', 'Text with {1 + 1} inside.', '', '<Callout>', 'Note.', '</Callout>', '', 'A <abbr>TLA</abbr>.', '', 'export const meta = 1;', '', '{/* a comment */}', ''].join('\n');
		expect(findMdxOnlySyntax(body)).toEqual([
			{ line: 1, syntax: 'an import or export ("import Callout from "./Callout.astro";")' },
			{ line: 3, syntax: 'an expression {1 + 1}' },
			{ line: 5, syntax: 'JSX <Callout>' },
			{ line: 9, syntax: 'JSX <abbr>' },
			{ line: 11, syntax: 'an import or export ("export const meta = 1;")' },
			{ line: 13, syntax: 'an expression {/* a comment */}' },
		]);
	});
	it('names a fragment as <>', () => expect(findMdxOnlySyntax('<>x</>\n')).toEqual([{ line: 1, syntax: 'JSX <>' }]));
});

describe('mdxOnlySyntaxError()', () => {
	it('names the file, the field, every line and the fix', () => {
		expect(mdxOnlySyntaxError('content/questions/x.mdx', [{ line: 4, syntax: 'JSX <Callout>' }, { line: 9, syntax: 'an expression {a}' }])).toBe(
			'content/questions/x.mdx: body uses syntax only MDX understands (line 4: JSX <Callout>; line 9: an expression {a}); the Markdown, Anki and print exports copy the body as written, so write plain Markdown',
		);
	});
});
