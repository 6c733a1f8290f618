/**
 * Release gates over every page of the real bank's build: axe-core and html-validate. Nothing here
 * names a question, so adding, removing or renaming one never needs a test change.
 */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { axeViolations } from '../axe-and-theme';
import { builtPages, contentPages, timeLimitFor } from '../current-site';

/** The all-pages axe audit is split into this many tests so that both workers share it. */
const AXE_PARTS = 4;

test.describe('accessibility of every page', () => {
	// Every page of the build, whatever feature added it, in the light theme (tests/e2e/ui/quality.test.ts
	// covers both themes on one page of each type). Redirect pages are left out: they forward at once.
	for (let part = 0; part < AXE_PARTS; part++) {
		test(`axe finds no violations on any page of the built site, part ${part + 1} of ${AXE_PARTS}`, async ({ page }) => {
			const pages = contentPages().filter((_, index) => index % AXE_PARTS === part);
			// axe takes about a second on a long answer page; allow more on a loaded machine.
			test.setTimeout(timeLimitFor(pages.length * 2));
			const violations: string[] = [];
			for (const { path } of pages) {
				await page.goto(path);
				for (const violation of await axeViolations(page)) violations.push(`${path}: ${violation}`);
			}
			expect(pages.length).toBeGreaterThan(0);
			expect(violations).toEqual([]);
		});
	}
});

test.describe('valid HTML', () => {
	// Configured in .htmlvalidate.json: the recommended preset, with these exceptions:
	// - long-title: a question page's title is the question itself; search engines shorten it for display.
	// - no-inline-style allows the properties Shiki writes on highlighted code (token colours): generated, not authored.
	// - no-redundant-role allows role="list": Safari drops list semantics from lists styled list-style: none.
	// - wcag/h32 is disabled around the question filter only (QuestionFilter.astro): it applies each choice at once.
	test('every page of the built site passes html-validate', async () => {
		const validator = new HtmlValidate(new FileSystemConfigLoader());
		const problems: string[] = [];
		for (const { path, file } of builtPages()) {
			const report = await validator.validateFile(file);
			for (const { messages } of report.results) {
				for (const message of messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});

