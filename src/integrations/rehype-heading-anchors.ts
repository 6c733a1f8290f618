/**
 * Rehype plugin: gives every h2 and h3 of an answer a visible "#" link to itself, shown on hover
 * and focus. The link sits after the heading, not inside it, so the heading's accessible name
 * stays the heading text; screen readers hear "Section titled …" for the link.
 * Expects ids to be set already (run after `rehypeHeadingIds`). Built like Starlight's
 * rehype-heading-links.ts, with hastscript and unist-util-visit.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

const isAnchorable = (node: Element) => (node.tagName === 'h2' || node.tagName === 'h3') && Boolean(node.properties.id);

function anchored(heading: Element): Element {
	const id = String(heading.properties.id);
	return h('div', { className: ['heading-wrapper', `level-${heading.tagName}`] }, [
		heading,
		h('a', { className: ['anchor-link'], href: `#${id}` }, [
			h('span', { ariaHidden: 'true' }, '#'),
			h('span', { className: ['sr-only'] }, `Section titled “${toText(heading)}”`),
		]),
	]);
}

export function rehypeHeadingAnchors() {
	return (tree: Root) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!isAnchorable(node) || !parent || index === undefined) return;
			parent.children[index] = anchored(node);
			// Step past the wrapper, which holds the heading just handled.
			return [SKIP, index + 1];
		});
	};
}
