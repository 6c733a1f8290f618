/** `/previews/topics/<topic>.png`: each topic's link-preview card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuestions } from '../../../lib/content';
import { topicPath } from '../../../lib/permalinks';
import { topicCard } from '../../../lib/preview-card';
import { previewPng } from '../../../lib/preview-image';
import { withTopic } from '../../../lib/question-bank';
import { TOPICS } from '../../../lib/taxonomy';
import { siteUrl } from '../../../lib/base-path';

type TopicEntry = (typeof TOPICS)[number];

export const getStaticPaths = (() => TOPICS.map((topic) => ({ params: { topic: topic.slug }, props: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicEntry }> = async ({ props: { topic }, site }) => {
	const count = withTopic(await getQuestions(), topic.slug).length;
	const card = topicCard(topic, count, siteUrl(topicPath(topic.slug), site));
	return new Response(new Uint8Array(await previewPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
