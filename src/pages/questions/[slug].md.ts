/** `/questions/<slug>.md`: each question as a Markdown file a reader can drop into their notes. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../config';
import { getQuestions, type QuestionWithEntry } from '../../lib/content';
import { shortPath } from '../../lib/permalinks';
import { questionToMarkdown } from '../../lib/question-markdown';
import { siteUrl } from '../../lib/base-path';

export const getStaticPaths = (async () =>
	(await getQuestions()).map((question) => ({ params: { slug: question.slug }, props: { question } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ question: QuestionWithEntry }> = ({ props: { question }, site }) => {
	const permalinkOf = (id: number) => siteUrl(shortPath(id), site);
	const markdown = questionToMarkdown({
		data: question.data,
		body: question.entry.body ?? '',
		permalink: permalinkOf(question.data.id),
		permalinkOf,
		siteTitle: SITE_TITLE,
	});
	return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
