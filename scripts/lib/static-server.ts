/**
 * A minimal static file server for a built site under its base path, for the benchmark, the
 * Lighthouse audit and the end-to-end test that deploys a second version of the site. Like GitHub Pages: `dir/` serves `dir/index.html`, a folder without its slash
 * redirects to it, and anything missing gets `404.html` with status 404. No compression unless
 * asked (`gzip`): callers that report bytes on the wire compute gzip sizes themselves (see
 * `wire-bytes.ts`), or let the browser count them from a gzipping server (the page-weight test).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.md': 'text/markdown; charset=utf-8',
};

export interface StaticServer {
	/** Origin and base, such as `http://127.0.0.1:41234/sre-prep/`. */
	url: string;
	port: number;
	close(): Promise<void>;
}

/** Types a host like GitHub Pages gzips on the fly for a browser that accepts it. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

export interface ServeOptions {
	/** Gzip text responses, as GitHub Pages does. */
	gzip?: boolean;
}

/** Serves `dir` at `base` on a free loopback port (or `port`). The folder may be filled after the server starts. */
export function serveStatic(dir: string, base: string, port = 0, { gzip = false }: ServeOptions = {}): Promise<StaticServer> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const send = (file: string, status = 200) => {
			const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
			const compress = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
			response.writeHead(status, { 'content-type': type, ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
			if (compress) pipeline(createReadStream(file), createGzip(), response, () => {});
			else createReadStream(file).pipe(response);
		};
		const notFound = () => (existsSync(join(dir, '404.html')) ? send(join(dir, '404.html'), 404) : response.writeHead(404).end());
		if (!path.startsWith(base)) return notFound();
		const file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(normalize(dir))) return notFound();
		if (!existsSync(file)) return notFound();
		if (statSync(file).isDirectory()) {
			if (!path.endsWith('/')) return response.writeHead(301, { location: `${path}/` }).end();
			return existsSync(join(file, 'index.html')) ? send(join(file, 'index.html')) : notFound();
		}
		send(file);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const { port: actualPort } = server.address() as AddressInfo;
			resolve({
				url: `http://127.0.0.1:${actualPort}${base}`,
				port: actualPort,
				close: () =>
					new Promise((done) => {
						// A browser keeps connections alive; without this, close() would wait for them.
						server.closeAllConnections();
						server.close(() => done());
					}),
			});
		});
	});
}
