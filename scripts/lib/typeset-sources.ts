/**
 * The MDX files the site and its test sites render, whose prose must be written with typographic
 * punctuation (src/lib/typography.ts): the bank, drills and worksheets in content/, and the fixture
 * banks the end-to-end suite and the bank-growth proof build. Node-only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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

/** Where the frontmatter (the YAML between the `---` fences) starts in a file, and its text. */
export function frontmatterOf(source: string): { offset: number; text: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
	if (!match) return { offset: 0, text: '' };
	return { offset: match[0].indexOf(match[1]), text: match[1] };
}
