import { describe, expect, it } from 'vitest';
import { previewCacheKey, previewTree, titleSize, type PreviewCard } from './preview-card';

const card: PreviewCard = { title: 'What makes an alert worth paging?', eyebrow: 'Question 17', tags: ['Mid-level', 'Technical', 'Alerting'], footer: 'x.io/q/17/' };

/** Every string in the tree, in order: what the image will say. */
const texts = (node: unknown): string[] => {
	if (typeof node === 'string') return [node];
	if (Array.isArray(node)) return node.flatMap(texts);
	const children = (node as { props?: { children?: unknown } }).props?.children;
	return children === undefined ? [] : texts(children);
};

describe('previewTree()', () => {
	it('says the site, the eyebrow, the title, every tag and the footer', () => {
		expect(texts(previewTree(card))).toEqual(['SRE Prep', 'Question 17', card.title, 'Mid-level', 'Technical', 'Alerting', 'x.io/q/17/']);
	});
});

describe('titleSize()', () => {
	it('shrinks long titles so they stay within the card', () => {
		expect(titleSize('Short?')).toBeGreaterThan(titleSize('x'.repeat(100)));
		expect(titleSize('x'.repeat(100))).toBeGreaterThan(titleSize('x'.repeat(200)));
	});
});

describe('previewCacheKey()', () => {
	it('changes when anything the image shows changes, and only then', () => {
		expect(previewCacheKey(card, 'inter@5')).toBe(previewCacheKey({ ...card }, 'inter@5'));
		expect(previewCacheKey({ ...card, title: 'Other?' }, 'inter@5')).not.toBe(previewCacheKey(card, 'inter@5'));
		expect(previewCacheKey(card, 'inter@6')).not.toBe(previewCacheKey(card, 'inter@5'));
	});
});
