/** `/downloads/anki/<set>.txt`: an Anki import file for the whole bank (`all`) and for each topic. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ankiDeck, questionNote, type AnkiNote } from '../../../lib/anki-deck';
import { getQuestions, type QuestionWithEntry } from '../../../lib/content';
import { openingAnswerHtml } from '../../../lib/markdown-html';
import { absoluteUrl, shortPath } from '../../../lib/permalinks';
import { studySets } from '../../../lib/study-sets';

export const getStaticPaths = (async () =>
	studySets(await getQuestions()).map((set) => ({ params: { deck: set.slug }, props: { questions: set.questions } }))) satisfies GetStaticPaths;

// A question sits in the whole-bank deck and in one deck per topic: build its note once.
const notesById = new Map<number, Promise<AnkiNote>>();

async function buildNote({ data, entry }: QuestionWithEntry, site: URL | undefined): Promise<AnkiNote> {
	// Cards live outside the site, so every link on them is absolute.
	const permalinkOf = (id: number) => absoluteUrl(shortPath(id), site, import.meta.env.BASE_URL);
	const openingHtml = await openingAnswerHtml(entry.body ?? '', (id, hash) => permalinkOf(id) + hash);
	return questionNote({ data, openingHtml, permalink: permalinkOf(data.id) });
}

export const GET: APIRoute<{ questions: QuestionWithEntry[] }> = async ({ props: { questions }, site }) => {
	const notes = await Promise.all(
		questions.map((question) => {
			if (!notesById.has(question.data.id)) notesById.set(question.data.id, buildNote(question, site));
			return notesById.get(question.data.id)!;
		}),
	);
	return new Response(ankiDeck(notes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
