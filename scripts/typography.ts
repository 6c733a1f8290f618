/**
 * `npm run typography`: writes typographic punctuation (‘ ’ “ ” — …) into the prose of every MDX
 * file the site renders, where a straight quote, `--` or `...` stands, and lists what it changed.
 * The build has no smart-punctuation pass; the content check "prose uses typographic punctuation"
 * (tests/unit/typography.test.ts) fails until this has been run. Code and URLs are left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { applyPunctuationFixes, describeFix, punctuationFixes } from '../src/lib/typography.ts';
import { typesetSources } from './lib/typeset-sources.ts';

const ROOT = join(import.meta.dirname, '..');
let changedFiles = 0;
for (const file of typesetSources()) {
	const path = join(ROOT, file);
	const source = readFileSync(path, 'utf8');
	// Blanked with spaces, the frontmatter keeps every offset of the body where it is in the file.
	const body = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
	let fixes;
	try {
		fixes = punctuationFixes(body);
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`);
	}
	if (fixes.length === 0) continue;
	writeFileSync(path, applyPunctuationFixes(source, fixes));
	changedFiles += 1;
	console.log(`${file}: ${fixes.length} ${fixes.length === 1 ? 'stretch' : 'stretches'}`);
	for (const fix of fixes) console.log(`  ${describeFix(fix)}`);
}
console.log(changedFiles === 0 ? 'Every file already uses typographic punctuation.' : `Converted ${changedFiles} files.`);
