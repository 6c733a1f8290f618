/**
 * The editorial checks every answer in content/questions must pass: valid frontmatter, the core
 * ids 1-52, the answer's shape (direct answer, sections, pitfalls last), length bounds, no
 * passage shared with another answer, and links that resolve.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionData } from '../../src/lib/question-schema';
import { h2Headings, linkedIds, openingText, proseWords, shingles, stripCodeBlocks, tableCount } from '../../src/lib/answer-text';

const DIR = join(import.meta.dirname, '../../content/questions');
const CORE_IDS = Array.from({ length: 52 }, (_, i) => i + 1);
const SHARED_PASSAGE_WORDS = 12;

const answers = readdirSync(DIR)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const { frontmatter, content } = parseFrontmatter(readFileSync(join(DIR, file), 'utf8'));
		const parsed = questionSchema.safeParse(frontmatter);
		return { file, body: content, parsed, data: (parsed.success ? parsed.data : undefined) as QuestionData };
	});
const ids = new Set(answers.map((answer) => answer.data?.id));

describe('question files', () => {
	it.each(answers.map((a) => [a.file, a] as const))('%s passes the schema', (_, answer) => {
		expect(answer.parsed.error?.issues ?? []).toEqual([]);
	});

	it('include every core id from 1 to 52', () => {
		expect(CORE_IDS.filter((id) => !ids.has(id))).toEqual([]);
	});
});

describe.each(answers.map((a) => [a.file, a] as const))('%s', (_, { body, data }) => {
	it('opens with a direct answer of 2-4 sentences before any heading', () => {
		const opening = openingText(body);
		const sentences = opening.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/).filter(Boolean);
		expect(sentences.length).toBeGreaterThanOrEqual(2);
		expect(sentences.length).toBeLessThanOrEqual(4);
	});

	it('develops the answer in sections and ends with common pitfalls', () => {
		const headings = h2Headings(body);
		expect(headings.length).toBeGreaterThanOrEqual(3);
		expect(headings.at(-1)).toBe('Common pitfalls');
		expect(stripCodeBlocks(body)).not.toMatch(/^# /m);
	});

	it('has 350-900 words of prose and at most one table', () => {
		const count = proseWords(body).length;
		expect(count).toBeGreaterThanOrEqual(350);
		expect(count).toBeLessThanOrEqual(900);
		expect(tableCount(body)).toBeLessThanOrEqual(1);
	});

	it('links only to questions that exist, and lists 2-4 related questions', () => {
		expect(linkedIds(body).filter((id) => !ids.has(id))).toEqual([]);
		expect(data.related.filter((id) => !ids.has(id) || id === data.id)).toEqual([]);
		expect(data.related.length).toBeGreaterThanOrEqual(2);
		expect(data.related.length).toBeLessThanOrEqual(4);
	});
});

describe('originality across answers', () => {
	it(`no two answers share a passage of ${SHARED_PASSAGE_WORDS} or more identical words`, () => {
		const owners = new Map<string, string>();
		const shared: string[] = [];
		for (const { file, body } of answers) {
			for (const shingle of shingles(body, SHARED_PASSAGE_WORDS)) {
				const owner = owners.get(shingle);
				if (owner && owner !== file) shared.push(`${owner} and ${file}: "${shingle}"`);
				else owners.set(shingle, file);
			}
		}
		expect(shared).toEqual([]);
	});
});
