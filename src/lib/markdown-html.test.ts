import { describe, expect, it } from 'vitest';
import { markdownHtml, openingAnswerHtml } from './markdown-html';

const body = `First sentence with **bold**, \`code\` and "quotes". See [budgets](/q/3/#burn).

Second paragraph & more.

## A section

Not part of the opening.
`;

describe('openingAnswerHtml()', () => {
	it('renders only the prose before the first heading, as paragraphs', async () => {
		const html = await openingAnswerHtml(body, (id, hash) => `/base/q/${id}/${hash}`);
		expect(html).toBe(
			'<p>First sentence with <strong>bold</strong>, <code>code</code> and “quotes”. See <a href="/base/q/3/#burn">budgets</a>.</p>\n<p>Second paragraph &#x26; more.</p>',
		);
	});
	it('ignores a code block before the first heading', async () => {
		expect(await openingAnswerHtml('Answer.\n\n```sh\n## not a heading\n```\n', () => '')).toBe('<p>Answer.</p>');
	});
});

describe('markdownHtml()', () => {
	it('renders lists and rewrites short links', async () => {
		const html = await markdownHtml('Two steps:\n\n- drain the [node](/q/10/)\n- cordon it', (id, hash) => `/b/q/${id}/${hash}`);
		expect(html).toBe('<p>Two steps:</p>\n<ul>\n<li>drain the <a href="/b/q/10/">node</a></li>\n<li>cordon it</li>\n</ul>');
	});
	it('points the same text\'s short links wherever each call asks, and leaves other links alone', async () => {
		const markdown = 'See [budgets][b] and [the book](https://sre.google/q/1/).\n\n[b]: /q/3/#burn';
		expect(await markdownHtml(markdown, (id, hash) => `/site/q/${id}/${hash}`)).toBe(
			'<p>See <a href="/site/q/3/#burn">budgets</a> and <a href="https://sre.google/q/1/">the book</a>.</p>',
		);
		expect(await markdownHtml(markdown, (id, hash) => `https://x.io/q/${id}/${hash}`)).toContain('<a href="https://x.io/q/3/#burn">budgets</a>');
	});
});
