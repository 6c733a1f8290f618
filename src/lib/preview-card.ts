/**
 * The link-preview image of a page as a tree of elements for satori (its React-like object form,
 * so no JSX runtime is needed): 1200 × 630, the site's light look, the title large enough to read
 * at thumbnail size. Pure: takes what the card says, returns the tree and the key its PNG is
 * cached under. Node-only (the key uses node:crypto).
 */
import { createHash } from 'node:crypto';
import { countOf } from './plural';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** What one card shows. */
export interface PreviewCard {
	/** The large text: a question, a topic name, or the site's promise. */
	title: string;
	/** Small line above the title, such as "Question 17" or "Topic". */
	eyebrow: string;
	/** Short labels along the bottom: level, kind, topic. */
	tags: string[];
	/** Bottom-right: the short link, such as "example.github.io/sre-prep/q/17/". */
	footer: string;
}

/** Colours of the site's light theme (tokens.css), which previews always use. */
const COLORS = { bg: '#fbfaf7', text: '#1c1f23', muted: '#545b63', accent: '#0b5a9c', soft: '#e3eef8', border: '#dcdad3' } as const;

/** Changing the layout below must change every cached image: bump this with it. */
const LAYOUT_VERSION = 1;

interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({ type, props: { style, children } });

/** Font size that keeps long questions within about four lines. */
export function titleSize(title: string): number {
	if (title.length <= 60) return 64;
	if (title.length <= 110) return 54;
	if (title.length <= 160) return 46;
	return 40;
}

export function previewTree(card: PreviewCard): Node {
	return el('div', { width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: COLORS.bg, fontFamily: 'Inter', color: COLORS.text }, [
		el('div', { height: 16, width: '100%', backgroundColor: COLORS.accent }),
		el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 48px' }, [
			el('div', { display: 'flex', alignItems: 'center', fontSize: 30, fontWeight: 700, color: COLORS.accent }, 'SRE Prep'),
			el('div', { display: 'flex', marginTop: 44, fontSize: 28, fontWeight: 700, letterSpacing: 1, textTransform: 'uppercase', color: COLORS.muted }, card.eyebrow),
			el('div', { display: 'flex', marginTop: 16, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.2, flexGrow: 1 }, card.title),
			el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', borderTop: `2px solid ${COLORS.border}`, paddingTop: 28 }, [
				el(
					'div',
					{ display: 'flex' },
					card.tags.map((tag) => el('div', { display: 'flex', marginRight: 14, padding: '8px 18px', borderRadius: 999, backgroundColor: COLORS.soft, color: COLORS.accent, fontSize: 26, fontWeight: 700 }, tag)),
				),
				el('div', { display: 'flex', fontSize: 26, color: COLORS.muted }, card.footer),
			]),
		]),
	]);
}

/** Key of a card's PNG: the same card, layout and fonts always give the same key. */
export function previewCacheKey(card: PreviewCard, fontsVersion: string): string {
	return createHash('sha256').update(JSON.stringify({ card, LAYOUT_VERSION, fontsVersion })).digest('hex').slice(0, 32);
}

/** An absolute URL as a card prints it: without the scheme. */
const printable = (url: string) => url.replace(/^https?:\/\//, '');

/** A question's card: its number, the question, level, kind and primary topic, and its short link. */
export function questionCard(question: { id: number; title: string; level: string; kind: string; topic: string }, shortUrl: string): PreviewCard {
	return { eyebrow: `Question ${question.id}`, title: question.title, tags: [question.level, question.kind, question.topic], footer: printable(shortUrl) };
}

/** A topic's card. */
export function topicCard(topic: { label: string; description: string }, count: number, url: string): PreviewCard {
	return { eyebrow: 'Topic', title: topic.label, tags: [countOf(count, 'question')], footer: printable(url) };
}

/** The card of every other page. */
export function siteCard(count: number, url: string): PreviewCard {
	return { eyebrow: 'SRE interview prep', title: 'Expert answers to the questions real SRE interviews ask', tags: [countOf(count, 'question'), 'Free', 'Offline'], footer: printable(url) };
}
