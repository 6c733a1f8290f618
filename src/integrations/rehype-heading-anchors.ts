/**
 * Rehype plugin: gives every h2 and h3 of an answer a visible "#" link to itself, shown on hover
 * and focus. The link sits after the heading, not inside it, so the heading's accessible name
 * stays the heading text; screen readers hear "Section titled …" for the link.
 * Expects ids to be set already (run after `rehypeHeadingIds`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function textOf(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}

function anchored(heading: Element): Element {
	const id = String(heading.properties.id);
	const title = heading.children.map(textOf).join('');
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
		children: [
			heading,
			{
				type: 'element',
				tagName: 'a',
				properties: { className: ['anchor-link'], href: `#${id}` },
				children: [
					{ type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
					{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Section titled “${title}”` }] },
				],
			},
		],
	};
}

const isAnchorable = (node: RootContent): node is Element =>
	node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && Boolean(node.properties.id);

export function rehypeHeadingAnchors() {
	return (tree: Root) => {
		tree.children = tree.children.map((node) => (isAnchorable(node) ? anchored(node) : node));
	};
}
