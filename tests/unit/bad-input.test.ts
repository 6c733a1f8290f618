/**
 * Builds the real site from small fixture banks and checks that bad input fails the build with a
 * message that names the file and the field or link. The per-file rules themselves are unit-tested
 * in src/lib/question-schema.test.ts and the cross-file rules in src/lib/question-bank.test.ts; these
 * builds prove that each of the three ways a problem reaches the build (the collection schema, the
 * bank check, the link rewriter and the body check in the Markdown pipeline) stops it and says where. The valid bank is
 * the control: it must build, with a drill and a worksheet, so each failure is caused by the bad file alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BANKS = join(import.meta.dirname, '../fixtures/banks');
const workDir = mkdtempSync(join(tmpdir(), 'sre-bad-input-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
let workDirCount = 0;

const PRACTICE = join(import.meta.dirname, '../fixtures/ui-practice');

/** The fixture drill of the UI tests, made to practise question 1 of the valid bank, with `change` applied to its text. */
function fixtureDrill(change: (text: string) => string = (text) => text): string {
	const text = readFileSync(join(PRACTICE, 'drills/too-many-open-files.mdx'), 'utf8').replace(/^related: .*$/m, 'related: [1]');
	return change(text);
}

/** The fixture worksheet of the UI tests, made to practise question 1 of the valid bank. */
const fixtureWorksheet = () => readFileSync(join(PRACTICE, 'worksheets/link-service-sizing.mdx'), 'utf8').replace(/^question: .*$/m, 'question: 1');

/**
 * Builds the valid bank plus the files of `overlay`, with one drill (the valid fixture unless
 * `drill` is given) and one worksheet, returning the exit code and all output.
 */
function buildWith(overlay?: string, drill?: string): { status: number | null; output: string } {
	const dir = join(workDir, overlay ?? (drill ? `drill-${workDirCount++}` : 'valid'));
	const contentDir = join(dir, 'content');
	const practiceDir = join(dir, 'practice');
	cpSync(join(BANKS, 'valid'), contentDir, { recursive: true });
	if (overlay) cpSync(join(BANKS, overlay), contentDir, { recursive: true });
	mkdirSync(join(practiceDir, 'drills'), { recursive: true });
	mkdirSync(join(practiceDir, 'worksheets'), { recursive: true });
	writeFileSync(join(practiceDir, 'drills', drill ? 'bad-drill.mdx' : 'drill.mdx'), drill ?? fixtureDrill());
	writeFileSync(join(practiceDir, 'worksheets', 'worksheet.mdx'), fixtureWorksheet());
	const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
		env: { ...process.env, CONTENT_DIR: contentDir, PRACTICE_DIR: practiceDir, ASTRO_CACHE_DIR: join(dir, 'cache/'), ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	// Astro colours its messages when it thinks a terminal or CI wants colour; the assertions read the text.
	return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

describe('building from question files', () => {
	it('succeeds for a valid bank', () => {
		const { status, output } = buildWith();
		expect(output).not.toMatch(/error/i);
		expect(status).toBe(0);
	});

	it('fails on a field the schema rejects, naming the file and the field with the reason', () => {
		const { status, output } = buildWith('invalid-field');
		expect(status).not.toBe(0);
		expect(output).toMatch(/^\s*Location:\s*\n\s*\S*\/content\/gamma\.mdx\b/m);
		expect(output).toMatch(/^\s*level: Invalid option: expected one of "junior"\|"mid"\|"senior"\|"staff"$/m);
	});

	it.each([
		['duplicate-id', 'gamma.mdx: id 1 is already used by', 'alpha.mdx'],
		['broken-link', 'gamma.mdx: links to /q/404/ but no question has id 404', 'gamma.mdx'],
	])('fails on %s with a message naming the files', (overlay, message, otherFile) => {
		const { status, output } = buildWith(overlay);
		expect(status).not.toBe(0);
		expect(output).toContain(message);
		expect(output).toContain(otherFile);
	});

	it('fails on a body that uses MDX-only syntax, naming the file, the field and each line', () => {
		const { status, output } = buildWith('mdx-syntax');
		expect(status).not.toBe(0);
		expect(output).toContain('gamma.mdx: body uses syntax only MDX understands (line 21: JSX <Callout>; line 23: an expression {1 + 1});');
	});

	it('fails on a drill whose expert path names no action, naming the file and the field', () => {
		const { status, output } = buildWith(undefined, fixtureDrill((text) => text.replace('expertPath: [logs,', 'expertPath: [no-such-step,')));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^\s*Location:\s*\n\s*\S*\/practice\/drills\/bad-drill\.mdx\b/m);
		expect(output).toMatch(/^\s*expertPath\.0: names no action "no-such-step"$/m);
	});

	it('fails on a drill related to a question the bank lacks, naming the file and the field', () => {
		const { status, output } = buildWith(undefined, fixtureDrill((text) => text.replace('related: [1]', 'related: [1, 404]')));
		expect(status).not.toBe(0);
		expect(output).toMatch(/bad-drill\.mdx: related\[1\] names question 404, which is not in the bank/);
	});
});
