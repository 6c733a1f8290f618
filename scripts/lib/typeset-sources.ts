/**
 * The MDX files the site and its test sites render, whose prose must be written with typographic
 * punctuation (src/lib/typography.ts): the bank, drills and worksheets in content/, and the fixture
 * banks the end-to-end suite and the bank-growth proof build; and what typesetting one would
 * change, for `npm run typography` and the content test alike. Node-only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { applyFieldFixes, frontmatterPunctuationFixes } from '../../src/lib/frontmatter-typography.ts';
import { applyPunctuationFixes, describeFix, punctuationFixes } from '../../src/lib/typography.ts';

const ROOT = join(import.meta.dirname, '../..');
/** Folders of MDX files, and whether their files are questions (whose short frontmatter fields are checked too). */
const FOLDERS = [
	{ folder: 'content/questions', questions: true },
	{ folder: 'content/drills', questions: false },
	{ folder: 'content/worksheets', questions: false },
	{ folder: 'tests/fixtures/ui-bank', questions: true },
	{ folder: 'tests/fixtures/ui-practice', questions: false },
	{ folder: 'tests/fixtures/new-question', questions: true },
];

/** One such file: its path relative to the repository's root, and whether it is a question. */
export interface TypesetSource {
	file: string;
	question: boolean;
}

/** Every such file, sorted by path. */
export function typesetSources(root = ROOT): TypesetSource[] {
	return FOLDERS.flatMap(({ folder, questions }) =>
		readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.map((file) => ({ file: join(folder, file), question: questions })),
	).sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * `source` (a whole MDX file) with typographic punctuation in its prose and, for a question, in
 * its short frontmatter fields, and a line per change for messages. Throws, naming the line, where
 * a change cannot be written back.
 */
export function typesetSource(source: string, question: boolean): { typeset: string; changes: string[] } {
	// Blanked with spaces, the frontmatter keeps every offset of the body where it is in the file.
	const { content, rawFrontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
	const bodyFixes = punctuationFixes(content);
	const changes = bodyFixes.map(describeFix);
	let typeset = applyPunctuationFixes(source, bodyFixes);
	if (question && rawFrontmatter) {
		// The raw frontmatter starts after the opening `---`, so its line numbers are the file's.
		const offset = source.indexOf(rawFrontmatter);
		const fieldFixes = frontmatterPunctuationFixes(rawFrontmatter);
		changes.push(...fieldFixes.map((fix) => `line ${fix.line}: ${fix.field}: ${fix.written} → ${fix.typographic}`));
		typeset = typeset.slice(0, offset) + applyFieldFixes(rawFrontmatter, fieldFixes) + typeset.slice(offset + rawFrontmatter.length);
	}
	return { typeset, changes };
}
