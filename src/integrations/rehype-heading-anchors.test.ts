import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';

const render = async (markdown: string) =>
	(await (await createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors] })).render(markdown)).code;

describe('rehypeHeadingAnchors()', () => {
	it('puts a self-link after each h2 and h3, labelled with the heading text', async () => {
		expect(await render('## Reading `free`\n\n### Then *this*\n\n#### Not this')).toBe(
			'<div class="heading-wrapper level-h2"><h2 id="reading-free">Reading <code>free</code></h2><a class="anchor-link" href="#reading-free"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Reading free”</span></a></div>\n' +
				'<div class="heading-wrapper level-h3"><h3 id="then-this">Then <em>this</em></h3><a class="anchor-link" href="#then-this"><span aria-hidden="true">#</span><span class="sr-only">Section titled “Then this”</span></a></div>\n' +
				'<h4 id="not-this">Not this</h4>',
		);
	});
});
