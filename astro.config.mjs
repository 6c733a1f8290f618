// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkQuestionLinks } from './src/integrations/remark-question-links.ts';
import { rehypeHeadingAnchors } from './src/integrations/rehype-heading-anchors.ts';
import { QUESTIONS_DIR } from './src/integrations/content-dir.ts';
import { isIndexedPage } from './src/integrations/sitemap-filter.ts';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that a fork deploys to
 * `https://<user>.github.io/<repo>/` with no code change (see .github/workflows/deploy.yml).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [mdx(), sitemap({ filter: isIndexedPage(QUESTIONS_DIR, base) })],
	markdown: {
		// GitHub's current dark theme: the older `github-dark` (Astro's default) greys code comments below 4.5:1 contrast.
		shikiConfig: { theme: 'github-dark-default' },
		// remark-gfm is the one GFM implementation: the processor's built-in GFM is off so it does not run twice.
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm, [remarkQuestionLinks, { base, questionsDir: QUESTIONS_DIR }]],
			rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
		}),
	},
});
