/**
 * The reader's own answers as one Markdown file for their prep notes: each under its question's
 * number and title, linked by permalink, in question order. Pure.
 */
import type { OwnAnswer } from './progress-document';
import { markdownLink } from './permalinks';
import { countOf } from './plural';

export function ownAnswersMarkdown(answers: Readonly<Record<string, OwnAnswer>>, titles: ReadonlyMap<number, string>, permalink: (id: number) => string, now: Date): string {
	const ids = Object.keys(answers)
		.map(Number)
		.sort((a, b) => a - b);
	const sections = ids.map((id) => {
		const title = titles.get(id);
		const heading = title ? markdownLink(id, title, permalink(id)) : `#${id} (a question this site no longer has)`;
		return `## ${heading}\n\n${answers[id].text.trim()}\n`;
	});
	return [`# My SRE interview answers`, '', `Exported ${now.toISOString().slice(0, 10)}: ${countOf(ids.length, 'answer')}.`, '', ...sections].join('\n');
}
