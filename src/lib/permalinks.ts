/**
 * Every URL the site builds for a question or a list, relative to the site root and without base.
 * `withBase` adds the deployment's base path (for example `/sre-prep/` on GitHub Pages) at the edge,
 * so these helpers stay pure and the same paths serve links, redirects and tests.
 */

/** Canonical page of a question: `/questions/<slug>/`. */
export const questionPath = (slug: string): string => `/questions/${slug}/`;

/** Short permanent link of a question: `/q/<id>/`. */
export const shortPath = (id: number): string => `/q/${id}/`;

export const topicPath = (topic: string): string => `/topics/${topic}/`;
export const levelPath = (level: string): string => `/levels/${level}/`;
export const kindPath = (kind: string): string => `/kinds/${kind}/`;
export const roundPath = (round: string): string => `/rounds/${round}/`;

/** Link-preview images (1200 × 630 PNG): one per question, one per topic, one for every other page. */
export const questionPreviewPath = (id: number): string => `/previews/q/${id}.png`;
export const topicPreviewPath = (topic: string): string => `/previews/topics/${topic}.png`;
export const SITE_PREVIEW_PATH = '/previews/site.png';

/** The feed of new and revised questions, and the page that lists the latest of them. */
export const FEED_PATH = '/feed.xml';
export const WHATS_NEW_PATH = '/whats-new/';

/** The page listing the stories the bank's answers tell. */
export const STORIES_PATH = '/stories/';

/** Troubleshooting drills and estimation worksheets: their lists and their pages. */
export const DRILLS_PATH = '/drills/';
export const drillPath = (slug: string): string => `/drills/${slug}/`;
export const WORKSHEETS_PATH = '/worksheets/';
export const worksheetPath = (slug: string): string => `/worksheets/${slug}/`;

/** A question's answer as a Markdown file: `/questions/<slug>.md`. */
export const questionMarkdownPath = (slug: string): string => `/questions/${slug}.md`;

/** The printable study sheet of every question, or of one topic. */
export const printPath = (topic?: string): string => (topic ? `/print/${topic}/` : '/print/');

/** The Anki deck of every question (`all`), or of one topic. */
export const ankiDeckPath = (deck: string): string => `/downloads/anki/${deck}.txt`;

/** Matches a short permalink such as `/q/17/` or `/q/17` and captures the id. */
const SHORT_LINK = /^\/q\/(\d+)\/?(#.*)?$/;

/** Parses a short permalink into its id and optional hash, or returns undefined for any other href. */
export function parseShortPath(href: string): { id: number; hash: string } | undefined {
	const match = SHORT_LINK.exec(href);
	return match ? { id: Number(match[1]), hash: match[2] ?? '' } : undefined;
}

/** Joins the base path (which always ends in `/`) and a root-relative path. */
export function withBase(path: string, base: string): string {
	const normalizedBase = base.endsWith('/') ? base : `${base}/`;
	return normalizedBase + path.replace(/^\//, '');
}

/** Absolute URL of a site path, for text that leaves the site (copied links, canonical tags). */
export function absoluteUrl(path: string, site: string | URL | undefined, base: string): string {
	const pathWithBase = withBase(path, base);
	return site ? new URL(pathWithBase, site).href : pathWithBase;
}

/** The Markdown line a reader pastes into prep notes: `[#17 Title](https://site/base/q/17/)`. */
export function markdownLink(id: number, title: string, url: string): string {
	const safeTitle = title.replace(/([[\]\\])/g, '\\$1');
	return `[#${id} ${safeTitle}](${url})`;
}
