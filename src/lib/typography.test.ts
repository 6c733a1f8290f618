import { describe, expect, it } from 'vitest';
import { applyPunctuationFixes, describeFix, punctuationFixes } from './typography';

const typeset = (body: string) => applyPunctuationFixes(body, punctuationFixes(body));

describe('punctuationFixes', () => {
	it('finds straight quotes, apostrophes, dashes and ellipses in prose, with their lines', () => {
		const body = 'It\'s "on call".\n\nWait... then -- go.\n';
		const fixes = punctuationFixes(body);
		expect(fixes.map((fix) => fix.line)).toEqual([1, 3]);
		expect(typeset(body)).toBe('It’s “on call”.\n\nWait… then — go.\n');
	});

	it('pairs quotes across emphasis and links, as the build did', () => {
		expect(typeset('Say "*never* again" to [the "fix"](/q/1/).\n')).toBe('Say “*never* again” to [the “fix”](/q/1/).\n');
	});

	it('leaves code, inline code, URLs and JSX attributes alone', () => {
		const body = "Run `echo 'hi'` and:\n\n```sh\nprintf \"%s\" 'x' -- ...\n```\n\n<Note kind=\"tip\">See [it](https://example.com/a--b).</Note>\n";
		expect(punctuationFixes(body)).toEqual([]);
	});

	it('finds nothing in text that is already typographic, so a second run changes nothing', () => {
		const once = typeset('Don\'t "guess".\n');
		expect(punctuationFixes(once)).toEqual([]);
	});

	it('keeps offsets into the text it was given, so frontmatter blanked with spaces maps onto the file', () => {
		const file = '---\ntitle: "A"\n---\n\nIt\'s here.\n';
		const blanked = file.replace(/^---[\s\S]*?---/, (frontmatter) => frontmatter.replace(/[^\n]/g, ' '));
		expect(applyPunctuationFixes(file, punctuationFixes(blanked))).toBe('---\ntitle: "A"\n---\n\nIt’s here.\n');
	});

	it('refuses, naming the line, a stretch whose source is not its text', () => {
		expect(() => punctuationFixes('- one\n  it\'s \\*two\\*\n')).toThrow(/^line 1: cannot convert/);
	});
});

describe('describeFix', () => {
	it('names the line and each changed word', () => {
		const [fix] = punctuationFixes('\nWe can\'t say "never".\n');
		expect(describeFix(fix!)).toBe('line 2: can\'t → can’t, "never". → “never”.');
	});
});
