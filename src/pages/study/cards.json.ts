/**
 * `/study/cards.json`: what the study and mock interview scripts need of every question, fetched
 * at run time so that no page embeds the bank.
 */
import type { APIRoute } from 'astro';
import { getQuestions } from '../../lib/content';
import { STUDY_CARDS_VERSION, toStudyCard, type StudyCardsFile } from '../../lib/study-cards';
import { openingHtml } from '../../integrations/opening-html';

export const GET: APIRoute = async () => {
	const questions = await getQuestions();
	const base = import.meta.env.BASE_URL;
	const cards = await Promise.all(questions.map(async (question) => toStudyCard(question, await openingHtml(question.entry.body ?? '', base))));
	const file: StudyCardsFile = { version: STUDY_CARDS_VERSION, cards };
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
