/**
 * The site's Markdown pipeline: answer pages render through it (astro.config.mjs, which adds the
 * plugins that need the question files), and so does Markdown shown away from a page body
 * (src/lib/markdown-html.ts), so both read alike.
 */
import { rehypeHeadingIds, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingAnchors } from './rehype-heading-anchors';

/** remark-gfm is the one GFM implementation: the processor's built-in GFM is off so it does not run twice. */
export const SITE_MARKDOWN = {
	gfm: false,
	remarkPlugins: [remarkGfm],
	rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
} satisfies UnifiedProcessorOptions;
