/**
 * The id, slug and aliases of every question file, read straight from frontmatter, for code that
 * runs before the content collection can be queried: the remark plugin and astro.config.mjs.
 * The collection schema validates these files; here, a file without a numeric id is skipped. Node-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { slugFromFile } from '../lib/question-bank';

export interface QuestionFile {
	id: number;
	slug: string;
	aliases: string[];
	/** Absolute path, and its modification time when read. */
	path: string;
	mtimeMs: number;
}

/** Every question file under `dir` (recursively) that has a numeric id. */
export function readQuestionFiles(dir: string): QuestionFile[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => {
			const path = join(dir, file);
			const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
			if (typeof frontmatter.id !== 'number') return [];
			const aliases = Array.isArray(frontmatter.aliases) ? frontmatter.aliases.map(String) : [];
			return [{ id: frontmatter.id, slug: slugFromFile(file), aliases, path, mtimeMs: statSync(path).mtimeMs }];
		});
}

/**
 * A lookup from question id to slug that reads the folder once and re-reads it only when an answer
 * may be stale: the id is unknown, or the file that had it is gone or has changed (as happens while
 * `astro dev` runs). Re-reading for every file instead made the build quadratic in the bank size:
 * 29 of 66 seconds at 500 questions, and most of an hour at 5000.
 */
export function createSlugLookup(dir: string, read: (dir: string) => QuestionFile[] = readQuestionFiles): (id: number) => string | undefined {
	let byId: Map<number, QuestionFile> | undefined;
	const isCurrent = (file: QuestionFile) => statSync(file.path, { throwIfNoEntry: false })?.mtimeMs === file.mtimeMs;
	return (id) => {
		const known = byId?.get(id);
		if (known && isCurrent(known)) return known.slug;
		byId = new Map(read(dir).map((file) => [file.id, file]));
		return byId.get(id)?.slug;
	};
}
