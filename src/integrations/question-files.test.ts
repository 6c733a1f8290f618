import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlugLookup, readQuestionFiles } from './question-files';

let dir: string;
const write = (file: string, frontmatter: string) => writeFileSync(join(dir, file), `---\n${frontmatter}\n---\n\nBody.\n`);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sre-question-files-'));
	mkdirSync(join(dir, 'nested'));
	write('alpha.mdx', 'id: 1\naliases: ["old-alpha"]');
	write('nested/beta.mdx', 'id: 2');
	write('draft.mdx', 'title: "No id yet"');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readQuestionFiles()', () => {
	it('reads id, slug and aliases of every file with an id, nested folders included', () => {
		const files = readQuestionFiles(dir).map(({ id, slug, aliases }) => ({ id, slug, aliases }));
		expect(files.sort((a, b) => a.id - b.id)).toEqual([
			{ id: 1, slug: 'alpha', aliases: ['old-alpha'] },
			{ id: 2, slug: 'beta', aliases: [] },
		]);
	});
});

describe('createSlugLookup()', () => {
	const countingReads = () => {
		const counter = { reads: 0 };
		const read = (folder: string) => {
			counter.reads++;
			return readQuestionFiles(folder);
		};
		return { counter, slugOf: createSlugLookup(dir, read) };
	};

	it('reads the folder once however many known ids are looked up', () => {
		const { counter, slugOf } = countingReads();
		for (let i = 0; i < 50; i++) expect(slugOf(1 + (i % 2))).toBe(i % 2 ? 'beta' : 'alpha');
		expect(counter.reads).toBe(1);
	});

	it('finds a question added after the first read', () => {
		const { slugOf } = countingReads();
		expect(slugOf(1)).toBe('alpha');
		write('gamma.mdx', 'id: 3');
		expect(slugOf(3)).toBe('gamma');
	});

	it('follows a renamed file instead of answering with its old slug', () => {
		const { slugOf } = countingReads();
		expect(slugOf(2)).toBe('beta');
		renameSync(join(dir, 'nested/beta.mdx'), join(dir, 'nested/beta-renamed.mdx'));
		expect(slugOf(2)).toBe('beta-renamed');
	});

	it('answers undefined for an id no file has', () => {
		expect(countingReads().slugOf(404)).toBeUndefined();
	});
});
