/**
 * The fixture bank the `ui` site is built from, read the way the build reads it, so behaviour
 * tests derive what they expect (counts, titles, first questions of a deck) instead of typing it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { headings } from '../../../src/lib/answer-text';
import { drillSchema } from '../../../src/lib/drill-schema';
import { questionSchema } from '../../../src/lib/question-schema';
import { worksheetSchema } from '../../../src/lib/worksheet-schema';
import { sortById, withTopic as questionsWithTopic, type Question } from '../../../src/lib/question-bank';
import { plainText } from '../../../src/lib/inline-code';
import type { Kind, Level, TopicSlug } from '../../../src/lib/taxonomy';
import { FIXTURE_BANK, FIXTURE_PRACTICE } from '../sites';

/** A fixture question with its answer body (the MDX after the frontmatter). */
export interface FixtureQuestion extends Question {
	body: string;
}

export const QUESTIONS: FixtureQuestion[] = sortById(
	readdirSync(FIXTURE_BANK)
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => {
			const { frontmatter, content } = parseFrontmatter(readFileSync(join(FIXTURE_BANK, file), 'utf8'));
			return { slug: file.replace(/\.mdx$/, ''), file, body: content, data: questionSchema.parse(frontmatter) };
		}),
);

/** The question with this id; throws so a test that names a missing one fails loudly. */
export function question(id: number): FixtureQuestion {
	const found = QUESTIONS.find((q) => q.data.id === id);
	if (!found) throw new Error(`The fixture bank has no question ${id}`);
	return found;
}

/** The first question (in id order) that matches, or a clear error when the fixture bank has none. */
export function firstQuestion(describe: string, matches: (q: FixtureQuestion) => boolean): FixtureQuestion {
	const found = QUESTIONS.find(matches);
	if (!found) throw new Error(`The fixture bank has no question that ${describe}`);
	return found;
}

export const withTopic = (topic: TopicSlug): FixtureQuestion[] => questionsWithTopic(QUESTIONS, topic);
export const withLevel = (level: Level): FixtureQuestion[] => QUESTIONS.filter((q) => q.data.level === level);
export const withKind = (kind: Kind): FixtureQuestion[] => QUESTIONS.filter((q) => q.data.kind === kind);
/** The question that lists `keyword` among its search keywords. */
export const withKeyword = (keyword: string): FixtureQuestion => firstQuestion(`has the keyword "${keyword}"`, (q) => q.data.keywords.includes(keyword));

/** The `##` and `###` headings of a question's answer, outside code blocks. */
export const sectionHeadings = (q: FixtureQuestion): string[] =>
	headings(q.body)
		.filter((heading) => heading.depth <= 3)
		.map((heading) => heading.text);

/** Path of a question page relative to the base. */
export const pagePath = (q: Question): string => `questions/${q.slug}/`;

/** How many of `texts` hold a `code` span, which a page must show as code. */
export const withCodeSpans = (texts: readonly string[]): number => texts.filter((text) => plainText(text) !== text).length;

/** A question with related links, short links in its body, a table, code and h3 sections: the page-type question. */
export const RICH = firstQuestion('has an alias and related questions', (q) => q.data.aliases.length > 0 && q.data.related.length > 0);

/** One page of each type, as paths relative to the base. */
export const PAGE_TYPES = {
	home: '',
	questions: 'questions/',
	question: pagePath(RICH),
	topics: 'topics/',
	topic: `topics/${RICH.data.topics[0]}/`,
	level: `levels/${RICH.data.level}/`,
	kind: `kinds/${RICH.data.kind}/`,
	about: 'about/',
	stories: 'stories/',
	whatsNew: 'whats-new/',
	round: 'rounds/troubleshooting/',
	search: 'search/',
	study: 'study/',
	mock: 'mock/',
	downloads: 'downloads/',
	printSheet: `print/${RICH.data.topics[0]}/`,
} as const;

/** The fixture files of one practice folder (`drills` or `worksheets`), parsed with their schema, in id order. */
function practiceFixtures<T extends { id: number }>(folder: string, parse: (frontmatter: unknown) => T): { slug: string; data: T }[] {
	const dir = join(FIXTURE_PRACTICE, folder);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => ({ slug: file.replace(/\.mdx$/, ''), data: parse(parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter) }))
		.sort((a, b) => a.data.id - b.data.id);
}

export const DRILLS = practiceFixtures('drills', (frontmatter) => drillSchema.parse(frontmatter));
export const WORKSHEETS = practiceFixtures('worksheets', (frontmatter) => worksheetSchema.parse(frontmatter));
