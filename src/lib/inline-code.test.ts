import { describe, expect, it } from 'vitest';
import { inlineHtml, plainText } from './inline-code';

describe('inlineHtml', () => {
	it('shows code spans as code, in order, and escapes the rest', () => {
		expect(inlineHtml('Why does `cd` stay in the shell, and `a<b`?')).toBe('Why does <code>cd</code> stay in the shell, and <code>a&lt;b</code>?');
	});

	it('leaves text without backticks, or with an unpaired one, as escaped text', () => {
		expect(inlineHtml('No code & no tags')).toBe('No code &amp; no tags');
		expect(inlineHtml('A lone ` stays')).toBe('A lone ` stays');
	});

	it('keeps a span that is the whole text', () => expect(inlineHtml('`du | sort -h`')).toBe('<code>du | sort -h</code>'));
});

describe('plainText', () => {
	it('drops the backticks of code spans only', () => {
		expect(plainText('Implement `tail -f` in Python; a lone ` stays')).toBe('Implement tail -f in Python; a lone ` stays');
	});
});
