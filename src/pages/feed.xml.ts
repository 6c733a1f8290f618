/**
 * `/feed.xml`: every question as an RSS item, most recently added or revised first (by `updated`),
 * so a reader preparing over weeks sees what is new. Built with @astrojs/rss, Astro's own feed
 * library, rather than hand-written XML escaping.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../config';
import { getQuestions } from '../lib/content';
import { questionPath } from '../lib/permalinks';
import { recentlyUpdated } from '../lib/question-bank';
import { getTopic } from '../lib/taxonomy';
import { siteUrl } from '../lib/base-path';
import { plainText } from '../lib/inline-code';

export const GET: APIRoute = async ({ site }) => {
	return rss({
		title: `${SITE_TITLE}: new and revised questions`,
		description: 'SRE interview questions with expert answers, newest revisions first.',
		site: siteUrl('/', site),
		items: recentlyUpdated(await getQuestions()).map(({ slug, data }) => ({
			title: `#${data.id} ${plainText(data.title)}`,
			link: siteUrl(questionPath(slug), site),
			description: plainText(data.summary),
			pubDate: data.updated,
			categories: data.topics.map((topic) => getTopic(topic).label),
		})),
	});
};
