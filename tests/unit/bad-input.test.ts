/**
 * Builds the real site from small fixture banks and checks that each kind of bad input fails the
 * build with a message naming the file and the field or link. The valid bank is the control: it
 * must build, so the failures are caused by the bad file alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BANKS = join(import.meta.dirname, '../fixtures/banks');
const workDir = mkdtempSync(join(tmpdir(), 'sre-bad-input-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Builds the valid bank plus the files of `overlay`, returning the exit code and all output. */
function buildWith(overlay?: string): { status: number | null; output: string } {
	const contentDir = join(workDir, overlay ?? 'valid', 'content');
	cpSync(join(BANKS, 'valid'), contentDir, { recursive: true });
	if (overlay) cpSync(join(BANKS, overlay), contentDir, { recursive: true });
	const result = spawnSync('npx', ['astro', 'build', '--outDir', join(workDir, overlay ?? 'valid', 'dist')], {
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('building from question files', () => {
	it('succeeds for a valid bank', () => {
		const { status, output } = buildWith();
		expect(output).not.toMatch(/error/i);
		expect(status).toBe(0);
	});

	it.each([
		['missing-field', 'no-title.mdx', /title/],
		['invalid-field', 'bad-level.mdx', /level/],
		['unknown-topic', 'cooking.mdx', /topics\.1|topics/],
	])('fails on %s, naming the file and the field', (overlay, file, field) => {
		const { status, output } = buildWith(overlay);
		expect(status).not.toBe(0);
		expect(output).toContain(file);
		expect(output).toMatch(field);
	});

	it.each([
		['duplicate-id', 'gamma.mdx: id 1 is already used by', 'alpha.mdx'],
		['duplicate-slug', 'nested/alpha.mdx: slug "alpha" is already used by', 'alpha.mdx'],
		['duplicate-alias', 'gamma.mdx: aliases entry "old-beta" is already the slug or an alias of', 'beta.mdx'],
		['broken-related', 'gamma.mdx: related lists id 77 but no question has that id', 'gamma.mdx'],
		['broken-link', 'gamma.mdx: links to /q/404/ but no question has id 404', 'gamma.mdx'],
	])('fails on %s with a message naming the files', (overlay, message, otherFile) => {
		const { status, output } = buildWith(overlay);
		expect(status).not.toBe(0);
		expect(output).toContain(message);
		expect(output).toContain(otherFile);
	});
});
