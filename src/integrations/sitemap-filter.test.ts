import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIndexedPage } from './sitemap-filter';

const dir = mkdtempSync(join(tmpdir(), 'sre-sitemap-'));
writeFileSync(join(dir, 'alpha.mdx'), '---\nid: 7\naliases: ["old-alpha"]\n---\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isIndexedPage()', () => {
	const isIndexed = isIndexedPage(dir, '/sre-prep/');
	it('keeps content pages', () => {
		expect(isIndexed('https://example.github.io/sre-prep/')).toBe(true);
		expect(isIndexed('https://example.github.io/sre-prep/questions/alpha/')).toBe(true);
		expect(isIndexed('https://example.github.io/sre-prep/topics/slo-sli/')).toBe(true);
	});
	it('drops the short-link and old-slug redirects', () => {
		expect(isIndexed('https://example.github.io/sre-prep/q/7/')).toBe(false);
		expect(isIndexed('https://example.github.io/sre-prep/questions/old-alpha/')).toBe(false);
	});
});
