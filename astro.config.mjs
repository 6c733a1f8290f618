// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkMarkdownBodies } from './src/integrations/remark-markdown-bodies.ts';
import { remarkQuestionLinks } from './src/integrations/remark-question-links.ts';
import { SITE_MARKDOWN } from './src/integrations/site-markdown.ts';
import { QUESTIONS_DIR } from './src/integrations/content-dir.ts';
import { isIndexedPage } from './src/integrations/sitemap-filter.ts';
import { contentSecurityPolicy } from './src/integrations/content-security-policy.ts';
import { inlineOnlyTheLoader } from './src/integrations/script-inlining.ts';

/**
 * `SITE_URL` and `BASE_PATH` come from the environment so that a fork deploys to
 * `https://<user>.github.io/<repo>/` with no code change (see .github/workflows/deploy.yml).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	// Builds of different banks running side by side (the end-to-end test sites) each need their own
	// content cache, or one would read the other's questions.
	...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
	trailingSlash: 'always',
	integrations: [mdx(), sitemap({ filter: isIndexedPage(QUESTIONS_DIR, base) }), contentSecurityPolicy()],
	vite: { build: { assetsInlineLimit: inlineOnlyTheLoader } },
	markdown: {
		// Both palettes are emitted as CSS variables; base.css picks one with the page theme.
		// The GitHub "default" pair keeps comments above 4.5:1 contrast, unlike the classic pair.
		shikiConfig: {
			themes: { light: 'github-light-default', dark: 'github-dark-default' },
			defaultColor: false,
			// Shiki has no grammar for these; show them as plain text rather than warn on every build.
			langAlias: { promql: 'text', logql: 'text', pycon: 'text' },
		},
		processor: unified({
			...SITE_MARKDOWN,
			// The sources carry their own typographic punctuation (`npm run typography`, checked by
			// tests/unit/typography.test.ts); a smart-punctuation pass here cost a fifth of the build.
			smartypants: false,
			remarkPlugins: [
				...SITE_MARKDOWN.remarkPlugins,
				[remarkMarkdownBodies, { questionsDir: QUESTIONS_DIR }],
				[remarkQuestionLinks, { base, questionsDir: QUESTIONS_DIR }],
			],
		}),
	},
});
