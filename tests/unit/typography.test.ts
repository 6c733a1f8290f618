/**
 * The content check behind the build's missing smart-punctuation pass: the prose of every MDX file
 * the site and its test sites render is written with typographic punctuation already, so it reads
 * as it did when the build converted it. `npm run typography` fixes what this finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, it } from 'vitest';
import { describeFix, punctuationFixes } from '../../src/lib/typography';
import { typesetSources } from '../../scripts/lib/typeset-sources';

const ROOT = join(import.meta.dirname, '../..');
const sources = typesetSources();

it('finds the bank, the drills, the worksheets and the fixture banks', () => {
	for (const folder of ['content/questions/', 'content/drills/', 'content/worksheets/', 'tests/fixtures/ui-bank/', 'tests/fixtures/new-question/']) {
		expect(sources.some((file) => file.startsWith(folder)), folder).toBe(true);
	}
});

it.each(sources)('%s writes its prose with typographic punctuation (run `npm run typography` to convert)', (file) => {
	const body = parseFrontmatter(readFileSync(join(ROOT, file), 'utf8'), { frontmatter: 'empty-with-spaces' }).content;
	expect(punctuationFixes(body).map(describeFix)).toEqual([]);
});
