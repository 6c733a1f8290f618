/**
 * The one place pages get questions from: loads the collection once, applies the cross-file
 * checks of `question-bank.ts`, and fails the build with every problem listed by file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatIdRanges } from './id-ranges';
import { findBankErrors, slugFromFile, sortById, type Question } from './question-bank';
import { markdownHtml, type LinkHref } from './markdown-html';
import { questionPath } from './permalinks';
import type { QuestionData } from './question-schema';
import { pathWithBase } from './base-path';

export interface QuestionWithEntry extends Question {
	entry: CollectionEntry<'questions'>;
}

let bank: Promise<QuestionWithEntry[]> | undefined;

async function loadBank(): Promise<QuestionWithEntry[]> {
	const entries = await getCollection('questions');
	const questions = entries.map((entry) => {
		const file = entry.filePath ?? entry.id;
		return { slug: slugFromFile(file), file, data: entry.data, entry };
	});
	const errors = findBankErrors(questions);
	if (errors.length > 0) throw new Error(`The question bank has ${errors.length} problem(s):\n${errors.join('\n')}`);
	return sortById(questions);
}

/** Every question, validated, in permalink order. */
export function getQuestions(): Promise<QuestionWithEntry[]> {
	bank ??= loadBank();
	return bank;
}

let idRanges: Promise<string> | undefined;

/** The bank's ids as ranges (`1-152`), for the pages whose counts must cover only the bank's questions. */
export function bankIdRanges(): Promise<string> {
	idRanges ??= getQuestions().then((questions) => formatIdRanges(questions.map((question) => question.data.id)));
	return idRanges;
}

let slugsById: Promise<Map<number, string>> | undefined;

/**
 * Hrefs for short links in Markdown shown on the site: the target's canonical page under the base.
 * Every question page asks for it, so the id-to-slug map is built once per build, like the bank.
 */
export async function pageLinkHref(): Promise<LinkHref> {
	slugsById ??= getQuestions().then((questions) => new Map(questions.map((question) => [question.data.id, question.slug])));
	const slugs = await slugsById;
	return (id, hash) => pathWithBase(questionPath(slugs.get(id) ?? '')) + hash;
}

/** A follow-up with its model answer rendered to HTML. */
export interface RenderedFollowUp {
	question: string;
	answerHtml: string;
}

/** The follow-ups of a question, their answers rendered with `linkHref`. */
export function renderFollowUps(data: QuestionData, linkHref: LinkHref): Promise<RenderedFollowUp[]> {
	return Promise.all(data.followUps.map(async ({ question, answer }) => ({ question, answerHtml: await markdownHtml(answer, linkHref) })));
}
