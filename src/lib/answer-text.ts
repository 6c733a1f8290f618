/**
 * The one Markdown model of an answer (a question's body, or a follow-up answer from frontmatter):
 * the text parsed once into an mdast tree, and what the site reads from it: the opening, headings,
 * prose words, tables, code blocks and short links. Pure; runs in Node and in tests.
 *
 * The tree is parsed as the site's MDX compiler reads a body: GFM on and indented code off (in MDX,
 * indentation is not code). Bodies use no other MDX syntax, see `mdx-syntax.ts`.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { SKIP, visit } from 'unist-util-visit';
// With its extension: the benchmark runs this module under plain Node (type stripping), which needs it.
import { parseShortPath } from './permalinks.ts';

const trees = new Map<string, Root>();

/** `markdown` as an mdast tree, parsed once per text: the content checks and the build ask for the same bodies many times. */
function treeOf(markdown: string): Root {
	let tree = trees.get(markdown);
	if (!tree) {
		tree = fromMarkdown(markdown, { extensions: [gfm(), { disable: { null: ['codeIndented'] } }], mdastExtensions: [gfmFromMarkdown()] });
		trees.set(markdown, tree);
	}
	return tree;
}

/** Every node of one type in the Markdown, in document order. */
function nodesOf<Type extends Nodes['type']>(markdown: string, type: Type): Extract<Nodes, { type: Type }>[] {
	const found: Nodes[] = [];
	visit(treeOf(markdown), type, (node) => {
		found.push(node);
	});
	return found as Extract<Nodes, { type: Type }>[];
}

/**
 * Words of prose: the text of everything but code blocks, link targets excluded. Words split at
 * hyphens and underscores too ("on-call" is two), as the length bounds of the content checks assume.
 */
export function proseWords(markdown: string): string[] {
	const texts: string[] = [];
	visit(treeOf(markdown), (node) => {
		if (node.type === 'code') return SKIP;
		if (node.type === 'text' || node.type === 'inlineCode') texts.push(node.value);
		else if (node.type === 'image' && node.alt) texts.push(node.alt);
	});
	return texts
		.join(' ')
		.split(/[\s#*_`>|[\]-]+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Every heading as its level and plain text (`` `kubectl` basics `` reads "kubectl basics"), in order. */
export function headings(markdown: string): { depth: number; text: string }[] {
	return nodesOf(markdown, 'heading').map((heading) => ({ depth: heading.depth, text: toString(heading) }));
}

/** The text of every `##` heading, in order. */
export function h2Headings(markdown: string): string[] {
	return headings(markdown)
		.filter((heading) => heading.depth === 2)
		.map((heading) => heading.text);
}

/** The Markdown before the first heading, as written but without its code blocks: the direct answer. */
export function openingText(markdown: string): string {
	const blocks = treeOf(markdown).children;
	const headingAt = blocks.findIndex((block) => block.type === 'heading');
	const end = headingAt === -1 ? markdown.length : blocks[headingAt].position!.start.offset!;
	let opening = '';
	let from = 0;
	for (const code of blocks.slice(0, headingAt === -1 ? undefined : headingAt).filter((block) => block.type === 'code')) {
		opening += markdown.slice(from, code.position!.start.offset);
		from = code.position!.end.offset!;
	}
	return (opening + markdown.slice(from, end)).trim();
}

/** Number of GFM tables. */
export function tableCount(markdown: string): number {
	return nodesOf(markdown, 'table').length;
}

/** The contents of every fenced code block in `lang` (```python ...```), in order. */
export function codeBlocks(markdown: string, lang: string): string[] {
	return nodesOf(markdown, 'code')
		.filter((code) => code.lang === lang)
		.map((code) => code.value);
}

/** A short link (`[text](/q/17/#hash)` or a definition `[ref]: /q/17/`) and where its target is written. */
export interface ShortLink {
	id: number;
	hash: string;
	/** Offsets of the target in the Markdown, end exclusive. */
	start: number;
	end: number;
}

/** Every short link between questions, in order; other links and `/q/2/` in prose are not links to a question. */
export function shortLinks(markdown: string): ShortLink[] {
	const links: ShortLink[] = [];
	visit(treeOf(markdown), ['link', 'definition'], (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const parsed = parseShortPath(node.url);
		if (!parsed) return;
		const { start: from, end: to } = node.position!;
		// The target follows the link text, or the definition's `]:`.
		const after = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? from.offset!) : markdown.indexOf(']:', from.offset);
		const start = markdown.indexOf(node.url, after);
		if (start === -1 || start >= to.offset!) throw new Error(`line ${from.line}: the short link ${node.url} is not written as a plain path`);
		links.push({ ...parsed, start, end: start + node.url.length });
	});
	return links;
}

/** Ids of the short links (`/q/<id>/`) in the Markdown. */
export function linkedIds(markdown: string): number[] {
	return shortLinks(markdown).map((link) => link.id);
}

/** Every run of `size` consecutive normalised words, as strings. */
export function shingles(markdown: string, size: number): Set<string> {
	const words = proseWords(markdown)
		.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}%.]/gu, ''))
		.filter(Boolean);
	const result = new Set<string>();
	for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
	return result;
}
