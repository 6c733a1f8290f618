/**
 * Writes each built page's Content-Security-Policy into the page (src/lib/content-security-policy.ts),
 * after Astro has written every page and before Pagefind indexes them and the service worker
 * precaches them, so every copy a reader gets carries it.
 *
 * Why not Astro's own `security.csp`: it places its meta tag at the end of `<head>`, after the
 * inline theme script that must run before first paint, so that script would be outside the
 * policy; and it hashes only the scripts Astro bundles, not `is:inline` ones. Like Astro's, this
 * policy is absent from `astro dev`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineScriptHashes, withContentSecurityPolicy } from '../lib/content-security-policy';

export function contentSecurityPolicy(): AstroIntegration {
	return {
		name: 'sre-content-security-policy',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
				const hashes = new Set<string>();
				for (const file of files) {
					const path = join(root, file);
					const html = await readFile(path, 'utf8');
					const scriptHashes = inlineScriptHashes(html);
					let secured: string;
					try {
						secured = withContentSecurityPolicy(html, scriptHashes);
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`);
					}
					for (const hash of scriptHashes) hashes.add(hash);
					await writeFile(path, secured);
				}
				logger.info(`${files.length} pages, ${hashes.size} distinct inline scripts allowed by hash`);
			},
		},
	};
}
