/**
 * Static paths for the question routes, computed from the validated bank. Pages stay thin: they
 * call these and render. Depends on astro:content through `content.ts`.
 */
import { getQuestions, type QuestionWithEntry } from './content';
import { getPractice } from './practice';
import { drillsFor, worksheetsFor, type Drill, type Worksheet } from './practice-bank';
import { byIds, neighbours } from './question-bank';
import { questionPath } from './permalinks';
import { pathWithBase } from './base-path';
import { plainText } from './inline-code';

export type QuestionRouteProps =
	| {
			kind: 'page';
			question: QuestionWithEntry;
			related: QuestionWithEntry[];
			/** Drills and worksheets that practise the question. */
			practice: { drills: Drill[]; worksheets: Worksheet[] };
			previous?: QuestionWithEntry;
			next?: QuestionWithEntry;
	  }
	| { kind: 'alias'; to: string; title: string };

/** `/questions/<slug>/` for every question, plus a redirect for every alias. */
export async function questionPagePaths() {
	const questions = await getQuestions();
	const { drills, worksheets } = await getPractice();
	const pages = questions.map((question) => ({
		params: { slug: question.slug },
		props: {
			kind: 'page',
			question,
			related: byIds(questions, question.data.related),
			practice: { drills: drillsFor(drills, question.data.id), worksheets: worksheetsFor(worksheets, question.data.id) },
			...neighbours(questions, question.data.id),
		} satisfies QuestionRouteProps,
	}));
	const aliases = questions.flatMap((question) =>
		question.data.aliases.map((alias) => ({
			params: { slug: alias },
			props: { kind: 'alias', to: pathWithBase(questionPath(question.slug)), title: plainText(question.data.title) } satisfies QuestionRouteProps,
		})),
	);
	return [...pages, ...aliases];
}

/** `/q/<id>/` short permalinks, each redirecting to the canonical page. */
export async function shortLinkPaths() {
	const questions = await getQuestions();
	return questions.map((question) => ({
		params: { id: String(question.data.id) },
		props: { to: pathWithBase(questionPath(question.slug)), title: plainText(question.data.title) },
	}));
}
