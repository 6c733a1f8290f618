/**
 * A minimal static file server for end-to-end tests that need a site of their own, such as a
 * second deploy to test service worker updates. Serves `root` under `base` on a free local port.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
};

export interface StaticSite {
	/** `http://127.0.0.1:<port>`, without the base. */
	origin: string;
	close(): Promise<void>;
}

async function resolveFile(root: string, path: string): Promise<string | undefined> {
	const file = join(root, normalize(decodeURIComponent(path)));
	if (!file.startsWith(root)) return undefined;
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory()) return (await stat(join(file, 'index.html')).catch(() => undefined))?.isFile() ? join(file, 'index.html') : undefined;
	return undefined;
}

export async function serveStaticSite(root: string, base: string): Promise<StaticSite> {
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = pathname.startsWith(base) ? await resolveFile(root, pathname.slice(base.length)) : undefined;
		const status = file ? 200 : 404;
		const body = await readFile(file ?? join(root, '404.html'));
		// Revalidate every time, as a fresh deploy would be seen.
		response.writeHead(status, { 'Content-Type': CONTENT_TYPES[extname(file ?? '.html')] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
