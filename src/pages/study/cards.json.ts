/**
 * `/study/cards.json`: what the study and mock interview scripts need of every question, fetched
 * at run time so that no page embeds the bank.
 */
import type { APIRoute } from 'astro';
import { getQuestions } from '../../lib/content';
import { openingAnswerHtml } from '../../lib/opening-answer';
import { questionPath, withBase } from '../../lib/permalinks';
import { STUDY_CARDS_VERSION, toStudyCard, type StudyCardsFile } from '../../lib/study-cards';

export const GET: APIRoute = async () => {
	const questions = await getQuestions();
	const base = import.meta.env.BASE_URL;
	const slugsById = new Map(questions.map((question) => [question.data.id, question.slug]));
	// Links inside a card go straight to the canonical page, as they do on the question pages.
	const linkHref = (id: number, hash: string) => withBase(questionPath(slugsById.get(id) ?? ''), base) + hash;
	const cards = await Promise.all(
		questions.map(async (question) => toStudyCard(question, await openingAnswerHtml(question.entry.body ?? '', linkHref))),
	);
	const file: StudyCardsFile = { version: STUDY_CARDS_VERSION, cards };
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
