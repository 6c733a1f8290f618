import { describe, expect, it } from 'vitest';
import { htmlErrors, readAnkiImport } from '../../tests/support/anki-import';
import { ankiDeck, ankiField, ankiTag, questionNote } from './anki-deck';

const note = questionNote({
	data: {
		id: 17,
		title: 'Why page on "symptoms" <not> causes?\tReally',
		topics: ['alerting', 'on-call'],
		level: 'mid',
		kind: 'technical',
		keyPoints: ['Urgent & actionable', 'Users feel it'],
		seniorSignals: ['Ties pages to <SLOs>', 'Owns the policy'],
	},
	openingHtml: '<p>Page on <a href="https://x.io/q/3/">burn</a>.</p>\n<p>Second.</p>',
	permalink: 'https://x.io/base/q/17/',
});

describe('ankiField()', () => {
	it('quotes the field and doubles inner quotes', () => expect(ankiField('<a href="x">y</a>')).toBe('"<a href=""x"">y</a>"'));
	it('keeps the field on one line without tabs', () => expect(ankiField('a\tb\r\nc\nd')).toBe('"a b c d"'));
});

describe('ankiTag()', () => {
	it('nests parts with ::', () => expect(ankiTag('sre-prep', 'topic', 'on-call')).toBe('sre-prep::topic::on-call'));
	it('never lets whitespace split a tag', () => expect(ankiTag('sre prep', ' two  words ')).toBe('sre_prep::two_words'));
});

describe('questionNote()', () => {
	it('puts the escaped question on the front', () => expect(note.front).toBe('Why page on &quot;symptoms&quot; &lt;not&gt; causes?\tReally'));
	it('puts the opening answer, key points, senior signals and permalink on the back', () => {
		expect(note.back).toContain('<p>Page on <a href="https://x.io/q/3/">burn</a>.</p>');
		expect(note.back).toContain('<ul><li>Urgent &amp; actionable</li><li>Users feel it</li></ul>');
		expect(note.back).toContain('<p><strong>What a senior answer adds</strong></p><ul><li>Ties pages to &lt;SLOs&gt;</li><li>Owns the policy</li></ul>');
		expect(note.back).toContain('<a href="https://x.io/base/q/17/">https://x.io/base/q/17/</a>');
	});
	it('tags topics, level and kind under the site tag', () => {
		expect(note.tags).toEqual(['sre-prep', 'sre-prep::topic::alerting', 'sre-prep::topic::on-call', 'sre-prep::level::mid', 'sre-prep::kind::technical']);
	});
	it('has a GUID that stays the same across builds', () => expect(note.guid).toBe('sre-prep-q17'));
});

describe('ankiDeck()', () => {
	const deck = ankiDeck([note, { guid: 'g2', front: '#2 starts with a hash', back: '<p>b</p>', tags: ['t'] }]);
	const { header, rows } = readAnkiImport(deck);

	it('declares the headers Anki needs to import without questions asked', () => {
		expect(Object.fromEntries(header)).toEqual({ separator: 'tab', html: 'true', notetype: 'Basic', 'guid column': '1', 'tags column': '4' });
	});
	it('reads back as one row of four fields per note, unchanged', () => {
		expect(rows).toHaveLength(2);
		expect(rows[0]).toEqual([note.guid, note.front.replace('\t', ' '), note.back.replace('\n', ' '), note.tags.join(' ')]);
		expect(rows[1][1]).toBe('#2 starts with a hash');
	});
	it('has valid HTML in every field', async () => {
		for (const [, front, back] of rows) expect([...(await htmlErrors(front)), ...(await htmlErrors(back))]).toEqual([]);
	});
});

describe('the test helpers themselves', () => {
	it('htmlErrors() reports broken markup', async () => expect(await htmlErrors('<p>unclosed <b>bold</p>')).not.toEqual([]));
	it('skips comment lines and reads quoted separators and line breaks', () => {
		expect(readAnkiImport('#separator:tab\n"a\tb"\t"c\nd"\n#note\n"e ""q"""\tf\n').rows).toEqual([['a\tb', 'c\nd'], ['e "q"', 'f']]);
	});
});
