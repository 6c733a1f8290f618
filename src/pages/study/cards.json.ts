/**
 * `/study/cards.json`: what the study and mock interview scripts need of every question, fetched
 * at run time so that no page embeds the bank.
 */
import type { APIRoute } from 'astro';
import { getQuestions, pageLinkHref, renderFollowUps } from '../../lib/content';
import { openingAnswerHtml } from '../../lib/markdown-html';
import { STUDY_CARDS_VERSION, toStudyCard, type StudyCardsFile } from '../../lib/study-cards';

export const GET: APIRoute = async () => {
	const questions = await getQuestions();
	// Links inside a card go straight to the canonical page, as they do on the question pages.
	const linkHref = await pageLinkHref();
	const cards = await Promise.all(
		questions.map(async (question) =>
			toStudyCard(question, {
				openingHtml: await openingAnswerHtml(question.entry.body ?? '', linkHref),
				followUps: await renderFollowUps(question.data, linkHref),
			}),
		),
	);
	const file: StudyCardsFile = { version: STUDY_CARDS_VERSION, cards };
	return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
