/** `/downloads/anki/<set>.txt`: an Anki import file for the whole bank (`all`) and for each topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ankiDeck, questionNote } from '../../../lib/anki-deck';
import { getQuestions, type QuestionWithEntry } from '../../../lib/content';
import { openingAnswerHtml } from '../../../lib/markdown-html';
import { shortPath } from '../../../lib/permalinks';
import { studySets } from '../../../lib/study-sets';
import { siteUrl } from '../../../lib/base-path';

export const getStaticPaths = (async () =>
	studySets(await getQuestions()).map((set) => ({ params: { deck: set.slug }, props: { questions: set.questions } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ questions: QuestionWithEntry[] }> = async ({ props: { questions }, site }) => {
	// Cards live outside the site, so every link on them is absolute.
	const permalinkOf = (id: number) => siteUrl(shortPath(id), site);
	const notes = await Promise.all(
		questions.map(async ({ data, entry }) => {
			const openingHtml = await openingAnswerHtml(entry.body ?? '', (id, hash) => permalinkOf(id) + hash);
			return questionNote({ data, openingHtml, permalink: permalinkOf(data.id) });
		}),
	);
	return new Response(ankiDeck(notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
