/**
 * robots.txt, generated so its sitemap line carries the deployment's site and base path.
 * Everything may be crawled: redirect pages say `noindex` and name their canonical page themselves.
 */
import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/base-path';

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('/sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
