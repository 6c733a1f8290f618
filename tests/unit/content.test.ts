/**
 * The editorial checks every answer in content/questions must pass: valid frontmatter, the core
 * ids 1-52, the answer's shape (direct answer, sections, pitfalls last), length bounds, no
 * passage shared with another answer, links that resolve, and a body in plain Markdown (no MDX-only
 * syntax), because the Markdown, Anki and print exports copy it as written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionData } from '../../src/lib/question-schema';
import { codeBlocks, h2Headings, headings, linkedIds, openingText, proseWords, shingles, tableCount } from '../../src/lib/answer-text';
import { findMdxOnlySyntax } from '../../src/lib/mdx-syntax';

const DIR = join(import.meta.dirname, '../../content/questions');
const CORE_IDS = Array.from({ length: 52 }, (_, i) => i + 1);
const SHARED_PASSAGE_WORDS = 12;
/** About 30-45 seconds spoken at a calm interview pace. */
const OPENING_WORDS = { min: 80, max: 130 };
const FOLLOW_UP_WORDS = { min: 20, max: 130 };
const BODY_WORDS = { min: 350, max: 950 };
/** The opening is said by the candidate, not addressed to the reader. */
const FIRST_PERSON = /\b(I|I'm|I'd|I've|I'll|my|we|our)\b/;

const answers = readdirSync(DIR)
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => {
		const source = readFileSync(join(DIR, file), 'utf8');
		const { frontmatter, content } = parseFrontmatter(source);
		const parsed = questionSchema.safeParse(frontmatter);
		// The body with the frontmatter blanked, so that its line numbers are the file's.
		const bodyInPlace = parseFrontmatter(source, { frontmatter: 'empty-with-lines' }).content;
		return { file, body: content, bodyInPlace, parsed, data: (parsed.success ? parsed.data : undefined) as QuestionData };
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

describe.each(answers.map((a) => [a.file, a] as const))('%s', (_, { body, bodyInPlace, data }) => {
	it('writes its body in plain Markdown: no JSX, import/export or {expression}, which the exports would copy as raw code', () => {
		expect(findMdxOnlySyntax(bodyInPlace).map(({ line, syntax }) => `line ${line}: ${syntax}`)).toEqual([]);
	});

	it(`opens, before any heading, with a first-person answer of ${OPENING_WORDS.min}-${OPENING_WORDS.max} words (30-45 s aloud)`, () => {
		const opening = openingText(body);
		expect(proseWords(opening).length).toBeGreaterThanOrEqual(OPENING_WORDS.min);
		expect(proseWords(opening).length).toBeLessThanOrEqual(OPENING_WORDS.max);
		expect(opening).toMatch(FIRST_PERSON);
	});

	it(`answers every follow-up in ${FOLLOW_UP_WORDS.min}-${FOLLOW_UP_WORDS.max} words, linking only to questions that exist`, () => {
		for (const { question, answer } of data.followUps) {
			const count = proseWords(answer).length;
			expect(count, question).toBeGreaterThanOrEqual(FOLLOW_UP_WORDS.min);
			expect(count, question).toBeLessThanOrEqual(FOLLOW_UP_WORDS.max);
			expect(linkedIds(answer).filter((id) => !ids.has(id)), question).toEqual([]);
		}
	});

	it('tells a story, named on the stories page, if it is a behavioral answer', () => {
		if (data.kind === 'behavioral') expect(data.story).toBeDefined();
		expect((data.story?.alsoAnswers ?? []).filter((id) => !ids.has(id) || id === data.id)).toEqual([]);
	});

	it('starts every section heading with a letter, so its anchor id is valid HTML and a usable CSS selector', () => {
		const texts = headings(body).map((heading) => heading.text);
		expect(texts.filter((text) => !/^\p{L}/u.test(text.replace(/[^\p{L}\p{N}]/gu, '')))).toEqual([]);
	});

	it('develops the answer in sections and ends with common pitfalls', () => {
		const sections = h2Headings(body);
		expect(sections.length).toBeGreaterThanOrEqual(3);
		expect(sections.at(-1)).toBe('Common pitfalls');
		expect(headings(body).filter((heading) => heading.depth === 1)).toEqual([]);
	});

	it(`has ${BODY_WORDS.min}-${BODY_WORDS.max} words of prose and at most one table`, () => {
		const count = proseWords(body).length;
		expect(count).toBeGreaterThanOrEqual(BODY_WORDS.min);
		expect(count).toBeLessThanOrEqual(BODY_WORDS.max);
		expect(tableCount(body)).toBeLessThanOrEqual(1);
	});

	it('links only to questions that exist, and lists 2-4 related questions', () => {
		expect(linkedIds(body).filter((id) => !ids.has(id))).toEqual([]);
		expect(data.related.filter((id) => !ids.has(id) || id === data.id)).toEqual([]);
		expect(data.related.length).toBeGreaterThanOrEqual(2);
		expect(data.related.length).toBeLessThanOrEqual(4);
	});
});

/**
 * A coding answer's Python blocks, in order, are one program: the reference solution, then the
 * cases the answer states as asserts. It must run and exit 0. Solutions target Python 3.12 without
 * 3.12-only syntax, so the machine's python3 (3.11 on the project's machines) runs them.
 */
const MIN_CASES = 3;
const codingAnswers = answers.filter(({ data }) => data?.kind === 'coding');
describe.runIf(codingAnswers.length > 0).each(codingAnswers.map((a) => [a.file, a] as const))('%s (coding)', (_, { body }) => {
	it(`runs its reference solution against at least ${MIN_CASES} stated cases`, () => {
		const program = codeBlocks(body, 'python').join('\n');
		expect([...program.matchAll(/^\s*assert\b/gm)].length).toBeGreaterThanOrEqual(MIN_CASES);
		const run = spawnSync('python3', ['-'], { input: program, encoding: 'utf8', timeout: 30_000 });
		expect(run.error, 'python3 must be installed to check coding answers').toBeUndefined();
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});

describe('originality across answers', () => {
	it('no two answers tell the same story', () => {
		const told = answers.flatMap(({ file, data }) => (data?.story ? [{ file, ...data.story }] : []));
		for (const field of ['title', 'core'] as const) {
			const seen = new Map<string, string>();
			const repeats = told.flatMap((story) => {
				const key = story[field].toLowerCase();
				const first = seen.get(key);
				seen.set(key, first ?? story.file);
				return first ? [`${first} and ${story.file} share the story ${field} "${story[field]}"`] : [];
			});
			expect(repeats).toEqual([]);
		}
	});

	it(`no two answers share a passage of ${SHARED_PASSAGE_WORDS} or more identical words`, () => {
		const owners = new Map<string, string>();
		const shared: string[] = [];
		for (const { file, body, data } of answers) {
			const text = [body, ...(data?.followUps ?? []).map((followUp) => followUp.answer)].join('\n\n');
			for (const shingle of shingles(text, SHARED_PASSAGE_WORDS)) {
				const owner = owners.get(shingle);
				if (owner && owner !== file) shared.push(`${owner} and ${file}: "${shingle}"`);
				else owners.set(shingle, file);
			}
		}
		expect(shared).toEqual([]);
	});
});
