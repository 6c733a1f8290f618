import { describe, expect, it } from 'vitest';
import { h2Headings, linkedIds, openingText, proseWords, shingles, stripCodeBlocks, tableCount, codeBlocks } from './answer-text';

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
	it('drops fenced code', () => expect(stripCodeBlocks(body)).not.toContain('kubectl'));
	it('counts prose words without link targets or code', () => {
		const words = proseWords(body);
		expect(words).toContain('Direct');
		expect(words).not.toContain('kubectl');
		expect(words.join(' ')).not.toContain('/q/17/');
	});
	it('lists h2 headings outside code', () => expect(h2Headings(body)).toEqual(['First section', 'Common pitfalls']));
	it('takes the opening before the first heading', () => expect(openingText(body)).toBe('Direct answer in two sentences. See [alerts](/q/17/).'));
	it('counts tables', () => expect(tableCount(body)).toBe(1));
	it('finds short links with or without a hash', () => expect(linkedIds(body)).toEqual([17, 3]));
	it('builds word shingles', () => {
		expect(shingles('One two three four', 3)).toEqual(new Set(['one two three', 'two three four']));
	});
});

describe('codeBlocks()', () => {
	it('returns the blocks of one language in order, without their fences', () => {
		const body = 'Text.\n\n```python\nx = 1\n```\n\n```bash\nls\n```\n\n```python title="cases"\nassert x == 1\n```\n';
		expect(codeBlocks(body, 'python')).toEqual(['x = 1\n', 'assert x == 1\n']);
		expect(codeBlocks(body, 'go')).toEqual([]);
	});
});
