/** `/manifest.webmanifest`: makes the site installable, with the base path in every URL. */
import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../config';
import { webManifest } from '../lib/web-manifest';
import { BASE_PATH } from '../lib/base-path';

export const GET: APIRoute = () => {
	const manifest = webManifest({
		name: SITE_TITLE,
		shortName: SITE_TITLE,
		description: SITE_DESCRIPTION,
		base: BASE_PATH,
		// The light theme's page background and header surface (tokens.css).
		backgroundColor: '#fbfaf7',
		themeColor: '#ffffff',
	});
	return new Response(JSON.stringify(manifest, null, '\t'), { headers: { 'Content-Type': 'application/manifest+json' } });
};
