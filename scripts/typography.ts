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
import { typesetSource, typesetSources } from './lib/typeset-sources.ts';

const ROOT = join(import.meta.dirname, '..');
let changedFiles = 0;
for (const { file, question } of typesetSources()) {
	const path = join(ROOT, file);
	const source = readFileSync(path, 'utf8');
	let result;
	try {
		result = typesetSource(source, question);
	} catch (error) {
		throw new Error(`${file}: ${(error as Error).message}`);
	}
	if (result.typeset === source) continue;
	writeFileSync(path, result.typeset);
	changedFiles += 1;
	console.log(`${file}: ${result.changes.length} ${result.changes.length === 1 ? 'change' : 'changes'}`);
	for (const change of result.changes) console.log(`  ${change}`);
}
console.log(changedFiles === 0 ? 'Every file already uses typographic punctuation.' : `Converted ${changedFiles} files.`);
