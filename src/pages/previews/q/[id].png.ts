/** `/previews/q/<id>.png`: each question's link-preview card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions, type QuestionWithEntry } from '../../../lib/content';
import { shortPath } from '../../../lib/permalinks';
import { questionCard } from '../../../lib/preview-card';
import { previewPng } from '../../../lib/preview-image';
import { getTopic, kindLabel, levelLabel } from '../../../lib/taxonomy';
import { siteUrl } from '../../../lib/base-path';
import { plainText } from '../../../lib/inline-code';

export const getStaticPaths = (async () =>
	(await getQuestions()).map((question) => ({ params: { id: String(question.data.id) }, props: { question } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ question: QuestionWithEntry }> = async ({ props: { question }, site }) => {
	const { id, title, level, kind, topics } = question.data;
	const card = questionCard({ id, title: plainText(title), level: levelLabel(level), kind: kindLabel(kind), topic: getTopic(topics[0]).label }, siteUrl(shortPath(id), site));
	return new Response(new Uint8Array(await previewPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
