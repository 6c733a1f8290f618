/**
 * A question as a standalone Markdown file, for readers who keep their notes in Markdown:
 * frontmatter, the summary, the answer as written, then key points, senior signals, and the
 * follow-ups with their model answers. Short links
 * between questions (`/q/17/`) mean nothing outside the site, so they become absolute URLs.
 */
import { rewriteShortLinks } from './question-links';
import type { QuestionData } from './question-schema';

/** What `questionToMarkdown` needs: the frontmatter, the raw answer body and where the question lives. */
export interface MarkdownSource {
	data: Pick<QuestionData, 'id' | 'title' | 'summary' | 'topics' | 'level' | 'kind' | 'keyPoints' | 'seniorSignals' | 'followUps' | 'updated'>;
	/** The answer's MDX body without frontmatter. */
	body: string;
	/** Absolute short permalink of this question. */
	permalink: string;
	/** Absolute short permalink of any question, for rewriting links between answers. */
	permalinkOf: (id: number) => string;
	siteTitle: string;
}

const bulletList = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n');

/**
 * The question as one Markdown document. Frontmatter values are JSON strings, which YAML reads
 * as-is, so no title can break the header.
 */
export function questionToMarkdown({ data, body, permalink, permalinkOf, siteTitle }: MarkdownSource): string {
	const frontmatter = [
		'---',
		`title: ${JSON.stringify(data.title)}`,
		`id: ${data.id}`,
		`source: ${JSON.stringify(permalink)}`,
		`topics: ${JSON.stringify(data.topics)}`,
		`level: ${JSON.stringify(data.level)}`,
		`kind: ${JSON.stringify(data.kind)}`,
		`updated: ${data.updated.toISOString().slice(0, 10)}`,
		'---',
	].join('\n');
	const absolute = (markdown: string) => rewriteShortLinks(markdown.trim(), (id, hash) => permalinkOf(id) + hash);
	const followUps = data.followUps.map(({ question, answer }) => `### ${question}\n\n${absolute(answer)}`).join('\n\n');
	return [
		frontmatter,
		`# ${data.title}`,
		`> ${data.summary}`,
		absolute(body),
		`## Key points\n\n${bulletList(data.keyPoints)}`,
		`## What a senior answer adds\n\n${bulletList(data.seniorSignals)}`,
		`## Likely follow-ups\n\n${followUps}`,
		`---\n\nFrom ${siteTitle}, question #${data.id}: <${permalink}>`,
	].join('\n\n') + '\n';
}
