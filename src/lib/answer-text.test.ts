import { describe, expect, it } from 'vitest';
import { codeBlocks, h2Headings, headings, linkedIds, openingText, proseWords, shingles, shortLinks, tableCount } from './answer-text';

const body = `Direct answer in two sentences. See [alerts](/q/17/).

## First section

Some **bold** text.

\`\`\`bash
kubectl get pods
## not a heading
\`\`\`

| a | b |
| --- | --- |
| 1 | 2 |

## Common pitfalls

- One pitfall, see [#3](/q/3/#budget).
`;

describe('answer text measures', () => {
	it('counts prose words without link targets or code', () => {
		const words = proseWords(body);
		expect(words).toContain('Direct');
		expect(words).not.toContain('kubectl');
		expect(words.join(' ')).not.toContain('/q/17/');
	});
	it('counts neither list numbers nor code in a ~~~ fence as words', () => {
		expect(proseWords('1. First step\n2. Second step\n\n~~~sh\nkubectl drain\n~~~\n')).toEqual(['First', 'step', 'Second', 'step']);
	});
	it('reads indented text as prose, as MDX does', () => expect(proseWords('Text.\n\n    not code\n')).toEqual(['Text.', 'not', 'code']));
	it('splits words at hyphens, as the length bounds assume', () => expect(proseWords('on-call rota')).toEqual(['on', 'call', 'rota']));
	it('lists h2 headings outside code', () => expect(h2Headings(body)).toEqual(['First section', 'Common pitfalls']));
	it('reads headings as plain text with their level', () => {
		expect(headings('## Reading `free`\n\n### Then *this*\n\n~~~\n## not one\n~~~\n')).toEqual([
			{ depth: 2, text: 'Reading free' },
			{ depth: 3, text: 'Then this' },
		]);
	});
	it('takes the opening before the first heading', () => expect(openingText(body)).toBe('Direct answer in two sentences. See [alerts](/q/17/).'));
	it('keeps the opening as written, without its code blocks', () => {
		expect(openingText('I combine:\n- one\n- two\n\n```sh\nls\n```\n\nThen more.\n\n## Next\n')).toMatch(/^I combine:\n- one\n- two\n+Then more\.$/);
	});
	it('counts tables', () => expect(tableCount(body)).toBe(1));
	it('finds short links with or without a hash', () => expect(linkedIds(body)).toEqual([17, 3]));
	it('finds short links in reference definitions, but not in code', () => {
		expect(linkedIds('See [budgets][b] and `[x](/q/9/)`.\n\n[b]: /q/5/#burn\n')).toEqual([5]);
	});
	it('says where each short link target is written', () => {
		const markdown = 'A [b](/q/5/#x) c';
		expect(shortLinks(markdown)).toEqual([{ id: 5, hash: '#x', start: 6, end: 13 }]);
		expect(markdown.slice(6, 13)).toBe('/q/5/#x');
	});
	it('builds word shingles', () => {
		expect(shingles('One two three four', 3)).toEqual(new Set(['one two three', 'two three four']));
	});
});

describe('codeBlocks()', () => {
	it('returns the blocks of one language in order, without their fences', () => {
		const body = 'Text.\n\n```python\nx = 1\n```\n\n```bash\nls\n```\n\n~~~python title="cases"\nassert x == 1\n~~~\n';
		expect(codeBlocks(body, 'python')).toEqual(['x = 1', 'assert x == 1']);
		expect(codeBlocks(body, 'go')).toEqual([]);
	});
});
