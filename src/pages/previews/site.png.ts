/** `/previews/site.png`: the link-preview card of the home page and every page without its own. */
import type { APIRoute } from 'astro';
import { getQuestions } from '../../lib/content';
import { siteCard } from '../../lib/preview-card';
import { previewPng } from '../../lib/preview-image';
import { siteUrl } from '../../lib/base-path';

export const GET: APIRoute = async ({ site }) => {
	const card = siteCard((await getQuestions()).length, siteUrl('/', site));
	return new Response(new Uint8Array(await previewPng(card)), { headers: { 'Content-Type': 'image/png' } });
};
