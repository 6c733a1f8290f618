/**
 * Typographic punctuation in the sources: curly quotes and apostrophes, dashes and ellipses written
 * into the MDX files themselves, so the build needs no smart-punctuation pass (remark-smartypants
 * was a fifth of the build's CPU time, see the README's "Where the build time goes").
 *
 * What counts as typographic is exactly what remark-smartypants, the plugin the build used to run,
 * would produce: the file is parsed as the MDX compiler parses it, the plugin runs on the tree, and
 * every text node it changes is a place the source must change. So a converted source renders
 * byte for byte as the straight one did with the plugin on. Code, inline code, URLs and JSX
 * attributes are not text nodes and keep their straight quotes. Pure; runs in Node and in tests.
 */
import type { Root, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One stretch of prose whose punctuation is not typographic yet. */
export interface PunctuationFix {
	/** 1-based line of the stretch in the text that was checked. */
	line: number;
	/** Offsets of the stretch in that text. */
	start: number;
	end: number;
	written: string;
	typographic: string;
}

const smartPunctuation = unified().use(remarkSmartypants);
/**
 * Quotes and apostrophes only, for frontmatter fields: short texts that write command-line flags
 * without a code span (`kafka-consumer-groups --describe`), which dashes would turn into "—describe".
 */
const smartQuotes = unified().use(remarkSmartypants, { dashes: false, ellipses: false, backticks: false });

/**
 * Every stretch of prose in `body` that smart punctuation would change, in document order. `body`
 * is MDX (a file with its frontmatter blanked or removed), or a frontmatter field: Markdown, where
 * `<` and `{` are text, and where only quotes are smartened.
 */
export function punctuationFixes(body: string, syntax: 'mdx' | 'field' = 'mdx'): PunctuationFix[] {
	const tree: Root = fromMarkdown(body, {
		extensions: syntax === 'mdx' ? [mdxjs(), gfm()] : [gfm()],
		mdastExtensions: syntax === 'mdx' ? [mdxFromMarkdown(), gfmFromMarkdown()] : [gfmFromMarkdown()],
	});
	const written = new Map<Text, string>();
	visit(tree, 'text', (node) => {
		written.set(node, node.value);
	});
	(syntax === 'mdx' ? smartPunctuation : smartQuotes).runSync(tree);
	const fixes: PunctuationFix[] = [];
	for (const [node, value] of written) {
		if (node.value === value) continue;
		const { start, end } = node.position!;
		// A text node's value is its source unless the source escapes a character or indents a
		// continuation line; smart punctuation cannot then be written back by replacing the stretch.
		if (body.slice(start.offset, end.offset) !== value) {
			throw new Error(`line ${start.line}: cannot convert "${value}" to typographic punctuation, its source differs from its text; convert it by hand`);
		}
		fixes.push({ line: start.line, start: start.offset!, end: end.offset!, written: value, typographic: node.value });
	}
	return fixes;
}

/** `text` with every fix applied; the fixes in source order. */
export function applyPunctuationFixes(text: string, fixes: readonly Pick<PunctuationFix, 'start' | 'end' | 'typographic'>[]): string {
	let result = '';
	let from = 0;
	for (const fix of fixes) {
		result += text.slice(from, fix.start) + fix.typographic;
		from = fix.end;
	}
	return result + text.slice(from);
}

/** A fix for messages, as the words it changes: `line 12: isn't → isn’t, "the → “the`. */
export function describeFix({ line, written, typographic }: PunctuationFix): string {
	const before = written.split(/\s+/);
	const after = typographic.split(/\s+/);
	// Quotes change no word boundary, and neither do dashes or ellipses written inside a word.
	const changes =
		before.length === after.length
			? before.flatMap((word, index) => (word === after[index] ? [] : [`${word} → ${after[index]}`]))
			: [`${written.trim()} → ${typographic.trim()}`];
	return `line ${line}: ${changes.join(', ')}`;
}
