/**
 * `npm run typography`: writes typographic punctuation (‘ ’ “ ” — …) into the prose of every MDX
 * file the site renders, where a straight quote, `--` or `...` stands, and into the short text
 * fields of every question's frontmatter (title, summary, key points…), and lists what it changed.
 * The build has no smart-punctuation pass for these; the content check "prose uses typographic
 * punctuation" (tests/unit/typography.test.ts) fails until this has been run. Code and URLs are
 * left alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { applyFieldFixes, frontmatterPunctuationFixes } from '../src/lib/frontmatter-typography.ts';
import { applyPunctuationFixes, describeFix, punctuationFixes } from '../src/lib/typography.ts';
import { frontmatterOf, typesetSources } from './lib/typeset-sources.ts';

const ROOT = join(import.meta.dirname, '..');
let changedFiles = 0;
for (const { file, question } of typesetSources()) {
	const path = join(ROOT, file);
	const source = readFileSync(path, 'utf8');
	const changes: string[] = [];
	let typeset = source;
	try {
		// Blanked with spaces, the frontmatter keeps every offset of the body where it is in the file.
		const fixes = punctuationFixes(parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content);
		typeset = applyPunctuationFixes(source, fixes);
		changes.push(...fixes.map(describeFix));
		if (question) {
			const frontmatter = frontmatterOf(typeset);
			const fieldFixes = frontmatterPunctuationFixes(frontmatter.text);
			const text = applyFieldFixes(frontmatter.text, fieldFixes);
			typeset = typeset.slice(0, frontmatter.offset) + text + typeset.slice(frontmatter.offset + frontmatter.text.length);
			changes.push(...fieldFixes.map((fix) => `${fix.field}: ${fix.written} → ${fix.typographic}`));
		}
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`);
	}
	if (typeset === source) continue;
	writeFileSync(path, typeset);
	changedFiles += 1;
	console.log(`${file}: ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}`);
	for (const change of changes) console.log(`  ${change}`);
}
console.log(changedFiles === 0 ? 'Every file already uses typographic punctuation.' : `Converted ${changedFiles} files.`);
