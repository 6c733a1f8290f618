/**
 * The MDX files the site and its test sites render, whose prose must be written with typographic
 * punctuation (src/lib/typography.ts): the bank, drills and worksheets in content/, and the fixture
 * banks the end-to-end suite and the bank-growth proof build. Node-only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['content', 'tests/fixtures/ui-bank', 'tests/fixtures/ui-practice', 'tests/fixtures/new-question'];

/** Every such file, as a path relative to the repository's root, sorted. */
export function typesetSources(root = ROOT): string[] {
	return FOLDERS.flatMap((folder) =>
		readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => join(folder, file)),
	).sort();
}
