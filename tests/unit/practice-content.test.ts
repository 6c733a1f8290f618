/**
 * The editorial checks every troubleshooting drill (content/drills) and estimation worksheet
 * (content/worksheets) must pass: the schema, unique ids, questions that exist, a walkthrough of
 * sensible length, and for worksheets steps that can be checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { proseWords } from '../../src/lib/answer-text';
import { drillSchema, type DrillData } from '../../src/lib/drill-schema';
import { worksheetSchema, type WorksheetData } from '../../src/lib/worksheet-schema';

const CONTENT = join(import.meta.dirname, '../../content');
const WALKTHROUGH_WORDS = { min: 250, max: 900 };

function read<T>(dir: string, schema: { safeParse(value: unknown): { success: boolean; data?: T; error?: { issues: unknown[] } } }) {
	return readdirSync(join(CONTENT, dir))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => {
			const { frontmatter, content } = parseFrontmatter(readFileSync(join(CONTENT, dir, file), 'utf8'));
			const parsed = schema.safeParse(frontmatter);
			return { file, body: content, issues: parsed.error?.issues ?? [], data: parsed.data as T };
		});
}

const questionIds = new Set(
	readdirSync(join(CONTENT, 'questions')).map((file) => Number(/^id: (\d+)$/m.exec(readFileSync(join(CONTENT, 'questions', file), 'utf8'))?.[1])),
);
const drills = read<DrillData>('drills', drillSchema);
const worksheets = read<WorksheetData>('worksheets', worksheetSchema);

it('the site has at least 8 drills and 4 worksheets', () => {
	expect(drills.length).toBeGreaterThanOrEqual(8);
	expect(worksheets.length).toBeGreaterThanOrEqual(4);
});

describe.each([
	['drills', drills],
	['worksheets', worksheets],
] as const)('%s', (_, files) => {
	it.each(files.map((file) => [file.file, file] as const))('%s passes the schema', (__, file) => expect(file.issues).toEqual([]));
	it('have unique ids', () => {
		const ids = files.map((file) => file.data?.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	});
	it.each(files.map((file) => [file.file, file] as const))(`%s has a walkthrough of ${WALKTHROUGH_WORDS.min}-${WALKTHROUGH_WORDS.max} words`, (__, file) => {
		const words = proseWords(file.body).length;
		expect(words).toBeGreaterThanOrEqual(WALKTHROUGH_WORDS.min);
		expect(words).toBeLessThanOrEqual(WALKTHROUGH_WORDS.max);
	});
});

describe.each(drills.map((drill) => [drill.file, drill] as const))('drill %s', (_, { data }) => {
	it('names related questions that exist', () => expect(data.related.filter((id) => !questionIds.has(id))).toEqual([]));
	it('cannot be mitigated before the time limit runs out only by luck: the expert path fits in it', () => {
		const minutes = data.expertPath.reduce((sum, id) => sum + data.actions.find((action) => action.id === id)!.minutes, 0);
		expect(minutes).toBeLessThan(data.timeLimit);
	});
});

describe.each(worksheets.map((worksheet) => [worksheet.file, worksheet] as const))('worksheet %s', (_, { data }) => {
	it('practises a question that exists', () => expect(questionIds.has(data.question)).toBe(true));
});
