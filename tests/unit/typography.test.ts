/**
 * The content check behind the build's missing smart-punctuation pass: the prose of every MDX file
 * the site and its test sites render, and the short text fields of every question (title, summary,
 * key points…), are written with typographic punctuation already, so they read as the answers did
 * when the build converted them. `npm run typography` fixes what this finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { typesetSource, typesetSources } from '../../scripts/lib/typeset-sources';

const ROOT = join(import.meta.dirname, '../..');
const sources = typesetSources();

it('finds the bank, the drills, the worksheets and the fixture banks', () => {
	for (const folder of ['content/questions/', 'content/drills/', 'content/worksheets/', 'tests/fixtures/ui-bank/', 'tests/fixtures/new-question/']) {
		expect(sources.some(({ file }) => file.startsWith(folder)), folder).toBe(true);
	}
	expect(sources.filter(({ question }) => question).length).toBeGreaterThan(0);
});

it.each(sources.map((source) => [source.file, source] as const))('%s writes its prose with typographic punctuation (run `npm run typography` to convert)', (_, { file, question }) => {
	expect(typesetSource(readFileSync(join(ROOT, file), 'utf8'), question).changes).toEqual([]);
});
