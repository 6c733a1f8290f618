/** `/previews/site.png`: the link-preview card of the home page and every page without its own. */
import type { APIRoute } from 'astro';
import { getQuestions } from '../../lib/content';
import { absoluteUrl } from '../../lib/permalinks';
import { siteCard } from '../../lib/preview-card';
import { previewPng } from '../../lib/preview-image';

export const GET: APIRoute = async ({ site }) => {
	const card = siteCard((await getQuestions()).length, absoluteUrl('/', site, import.meta.env.BASE_URL));
	return new Response(new Uint8Array(await previewPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
