import { describe, expect, it } from 'vitest';
import { absoluteUrl, ankiDeckPath, markdownLink, parseShortPath, printPath, questionMarkdownPath, questionPath, shortPath, withBase } from './permalinks';

describe('questionPath() and shortPath()', () => {
	it('builds the canonical and the short path', () => {
		expect(questionPath('slis-slos-error-budgets')).toBe('/questions/slis-slos-error-budgets/');
		expect(shortPath(17)).toBe('/q/17/');
	});
});

describe('take-away paths', () => {
	it('puts the Markdown file beside the page', () => expect(questionMarkdownPath('pod-restarts')).toBe('/questions/pod-restarts.md'));
	it('builds the print sheet of the bank or of one topic', () => {
		expect(printPath()).toBe('/print/');
		expect(printPath('kubernetes')).toBe('/print/kubernetes/');
	});
	it('names an Anki deck file', () => expect(ankiDeckPath('all')).toBe('/downloads/anki/all.txt'));
});

describe('parseShortPath()', () => {
	it('reads the id with or without a trailing slash, keeping a hash', () => {
		expect(parseShortPath('/q/17/')).toEqual({ id: 17, hash: '' });
		expect(parseShortPath('/q/17')).toEqual({ id: 17, hash: '' });
		expect(parseShortPath('/q/3/#common-pitfalls')).toEqual({ id: 3, hash: '#common-pitfalls' });
	});
	it('ignores every other href', () => {
		expect(parseShortPath('/questions/foo/')).toBeUndefined();
		expect(parseShortPath('https://example.com/q/17/')).toBeUndefined();
		expect(parseShortPath('/q/abc/')).toBeUndefined();
	});
});

describe('withBase()', () => {
	it('prefixes the root base', () => expect(withBase('/topics/', '/')).toBe('/topics/'));
	it('prefixes a subpath base with or without its trailing slash', () => {
		expect(withBase('/topics/', '/sre-prep/')).toBe('/sre-prep/topics/');
		expect(withBase('/topics/', '/sre-prep')).toBe('/sre-prep/topics/');
	});
});

describe('absoluteUrl()', () => {
	it('joins site, base and path', () => {
		expect(absoluteUrl('/q/17/', 'https://user.github.io', '/sre-prep/')).toBe('https://user.github.io/sre-prep/q/17/');
	});
	it('falls back to a root-relative path without a site', () => {
		expect(absoluteUrl('/q/17/', undefined, '/')).toBe('/q/17/');
	});
});

describe('markdownLink()', () => {
	it('formats a prep-notes link', () => {
		expect(markdownLink(17, 'What makes an alert worth paging?', 'https://x.io/q/17/')).toBe('[#17 What makes an alert worth paging?](https://x.io/q/17/)');
	});
	it('escapes brackets in the title', () => {
		expect(markdownLink(1, 'Use [brackets]', 'u')).toBe('[#1 Use \\[brackets\\]](u)');
	});
});
