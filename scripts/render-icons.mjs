/**
 * Renders the PNG app icons into public/icons/ with the Chromium that the end-to-end tests use:
 * the standard icons from public/icons/icon.svg (also served as the SVG icon), the full-bleed ones
 * from scripts/icons/icon-maskable.svg (not served). Run by hand after changing an SVG
 * (`npx node scripts/render-icons.mjs`); the PNGs are committed so the build needs no browser.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './system-chromium.mjs';

const STANDARD = '../public/icons/icon.svg';
// Full-bleed, with the mark inside the central safe zone: the platform crops it to its own shape.
const FULL_BLEED = './icons/icon-maskable.svg';
const ICONS = [
	{ source: STANDARD, output: 'icon-192.png', size: 192 },
	{ source: STANDARD, output: 'icon-512.png', size: 512 },
	{ source: FULL_BLEED, output: 'icon-maskable-512.png', size: 512 },
	{ source: FULL_BLEED, output: 'apple-touch-icon.png', size: 180 },
];

const browser = await chromium.launch({ executablePath: systemChromium(), args: ['--no-sandbox'] });
for (const { source, output, size } of ICONS) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const svg = readFileSync(new URL(source, import.meta.url), 'utf8');
	await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
	await page.screenshot({ path: new URL(`../public/icons/${output}`, import.meta.url).pathname, omitBackground: true });
	await page.close();
}
await browser.close();
