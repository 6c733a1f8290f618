/**
 * Renders a preview card (preview-card.ts) to PNG at build time: satori lays it out as SVG with the
 * Inter font shipped by @fontsource/inter (satori needs font files; system fonts cannot be read
 * portably), resvg rasterises it. No browser, no network. PNGs are cached by content hash in
 * node_modules/.cache, so a build only renders cards whose text changed. Node-only.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewCacheKey, previewTree, type PreviewCard } from './preview-card';

const require = createRequire(import.meta.url);
const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/sre-prep-previews');

const fontFile = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const FONTS_VERSION = `inter@${(require('@fontsource/inter/package.json') as { version: string }).version}`;

async function render(card: PreviewCard): Promise<Buffer> {
	fonts ??= [400, 700].map((weight) => ({ name: 'Inter', data: fontFile(weight as 400 | 700), weight: weight as 400 | 700, style: 'normal' as const }));
	const svg = await satori(previewTree(card) as Parameters<typeof satori>[0], { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH } }).render().asPng();
}

/** The card as PNG bytes, from the cache when the same card was rendered before. */
export async function previewPng(card: PreviewCard): Promise<Buffer> {
	const file = join(CACHE_DIR, `${previewCacheKey(card, FONTS_VERSION)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await render(card);
		mkdirSync(CACHE_DIR, { recursive: true });
		// Written aside, then renamed: builds running side by side never read half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
		return png;
	}
}
