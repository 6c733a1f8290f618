/**
 * Bytes a reader downloads for files of a built site, as a static host that gzips text serves them
 * (GitHub Pages does). Pagefind's index, fragments and WebAssembly are gzipped by Pagefind itself,
 * so they count as they are. Node-only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Extensions a host compresses on the fly. */
const COMPRESSED_BY_HOST = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Gzip size of some text, at zlib's default level (what hosts use on the fly). */
export const gzipBytes = (content: string | Buffer): number => gzipSync(content).length;

/** Bytes on the wire for one built file. */
export function wireBytes(file: string): number {
	return COMPRESSED_BY_HOST.has(extname(file)) ? gzipBytes(readFileSync(file)) : statSync(file).size;
}

/** The built file a same-origin URL path is served from (`/base/x/` → `dist/x/index.html`). */
export function fileForPath(distDir: string, base: string, pathname: string): string {
	const relative = decodeURIComponent(pathname).slice(base.length);
	return join(distDir, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
}

/** Every file under `dir`, recursively, as absolute paths. */
export function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => join(dir, file))
		.filter((file) => statSync(file).isFile());
}

/** The JavaScript a page carries inline: the bodies of its executable `<script>` elements (JSON-LD is data, not code). */
export function inlineScripts(html: string): string {
	return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes = '']) => !/type="application\/(ld\+)?json"/.test(attributes))
		.map(([, , body]) => body)
		.join('\n');
}
