/**
 * The benchmark is only meaningful if its synthetic banks are real input: every file must pass the
 * schema and the bank checks, link only to questions that exist, and be as long as a real answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { syntheticBank } from '../../scripts/bench/synthetic-bank';
import { questionSchema, type QuestionData } from '../../src/lib/question-schema';
import { findBankErrors, slugFromFile } from '../../src/lib/question-bank';
import { h2Headings, linkedIds, proseWords } from '../../src/lib/answer-text';

const DIR = join(import.meta.dirname, '../../content/questions');
const corpus = readdirSync(DIR).flatMap((file) => proseWords(parseFrontmatter(readFileSync(join(DIR, file), 'utf8')).content));

const parse = (source: string) => {
	const { frontmatter, content } = parseFrontmatter(source);
	return { parsed: questionSchema.safeParse(frontmatter), body: content };
};

describe('syntheticBank()', () => {
	const bank = syntheticBank(120, corpus);
	const parsed = bank.map((file) => ({ file, ...parse(file.source) }));

	it('yields files that pass the question schema', () => {
		const issues = parsed.flatMap(({ file, parsed }) => (parsed.success ? [] : [`${file.path}: ${parsed.error.message}`]));
		expect(issues).toEqual([]);
	});

	it('yields a bank with no cross-file errors, ids 1..N and slugs that match the file names', () => {
		const questions = parsed.map(({ file, parsed }) => ({ slug: slugFromFile(file.path), file: file.path, data: parsed.data as QuestionData }));
		expect(findBankErrors(questions)).toEqual([]);
		expect(questions.map((q) => q.data.id)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
		expect(bank.every((file) => file.path === `${file.slug}.mdx`)).toBe(true);
		expect(questions.some((q) => q.data.aliases.length > 0)).toBe(true);
	});

	it('yields answers shaped and sized like real ones, linking only to existing questions', () => {
		for (const { body } of parsed) {
			expect(proseWords(body).length).toBeGreaterThanOrEqual(350);
			expect(proseWords(body).length).toBeLessThanOrEqual(900);
			expect(h2Headings(body).at(-1)).toBe('Common pitfalls');
			expect(linkedIds(body).length).toBe(2);
			for (const id of linkedIds(body)) expect(id).toBeLessThanOrEqual(120);
		}
	});

	it('is deterministic for a given size', () => {
		expect(syntheticBank(120, corpus)).toEqual(bank);
	});

	it('grows its vocabulary with the bank, as a real bank does', () => {
		const vocabulary = (size: number) => new Set(syntheticBank(size, corpus).flatMap((file) => proseWords(parse(file.source).body))).size;
		expect(vocabulary(400)).toBeGreaterThan(vocabulary(100) + 600);
	});
});
