import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, isExecutableScriptType, scriptHashSource, withContentSecurityPolicy } from './content-security-policy';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];
const scriptSources = (policy: string) => policy.split('; ').find((directive) => directive.startsWith('script-src '))!.split(' ').slice(1);

describe('scriptHashSource()', () => {
	it('is the quoted base64 SHA-256 of the exact text, as browsers compute it', () => {
		// The example of the CSP specification's hash-source section.
		expect(scriptHashSource("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
	});
	it('hashes the UTF-8 bytes, whitespace included', () => {
		// Computed independently, with Python's hashlib.
		expect(scriptHashSource('\n\tlet é = "✓";\n')).toBe("'sha256-ojlU+Ok8kbgpcbxduhwOTLkSWBut6RrzHOjbCooYW2M='");
		expect(scriptHashSource('a()')).not.toBe(scriptHashSource('a() '));
	});
});

describe('isExecutableScriptType()', () => {
	it('runs scripts with no type, an empty type or a JavaScript MIME type, in any case', () => {
		for (const type of [undefined, '', ' ', 'text/javascript', 'TEXT/JavaScript', 'application/javascript', 'application/x-ecmascript', 'text/javascript1.5', 'text/jscript']) {
			expect(isExecutableScriptType(type), String(type)).toBe(true);
		}
	});
	it('counts modules, import maps and speculation rules, which script-src governs too', () => {
		for (const type of ['module', 'importmap', 'speculationrules']) expect(isExecutableScriptType(type), type).toBe(true);
	});
	it('leaves out data blocks such as JSON-LD', () => {
		for (const type of ['application/ld+json', 'application/json', 'text/template', 'text/javascript1.6']) {
			expect(isExecutableScriptType(type), type).toBe(false);
		}
	});
});

describe('inlineScriptHashes()', () => {
	it('hashes each inline script the page runs, once, in page order', () => {
		const html = page('<script>b()</script><script type="module">a()</script>', '<script>b()</script><script>\n\tc()\n</script>');
		expect(inlineScriptHashes(html)).toEqual([scriptHashSource('b()'), scriptHashSource('a()'), scriptHashSource('\n\tc()\n')]);
	});
	it('leaves out scripts loaded from a file and data blocks', () => {
		const html = page('<script type="module" src="/_astro/app.js"></script><script type="application/ld+json">{"@type":"FAQPage"}</script><script src=x.js></script>');
		expect(inlineScriptHashes(html)).toEqual([]);
	});
	it('reads attributes whose quoted values hold > or the word src', () => {
		const html = page(`<script data-note="a > b" data-x='src=nothing'>run()</script><script data-src="y">go()</script>`);
		expect(inlineScriptHashes(html)).toEqual([scriptHashSource('run()'), scriptHashSource('go()')]);
	});
	it('reads unquoted and single-quoted types', () => {
		expect(inlineScriptHashes(page(`<script type=application/ld+json>{}</script><script type='module'>m()</script>`))).toEqual([scriptHashSource('m()')]);
	});
	it('finds no script in a page without one', () => {
		expect(inlineScriptHashes(page('<title>t</title>'))).toEqual([]);
	});
});

describe('contentSecurityPolicy()', () => {
	it('allows scripts from the site and by the given hashes only, and WebAssembly for search', () => {
		const policy = contentSecurityPolicy(["'sha256-AAA='", "'sha256-BBB='"]);
		expect(scriptSources(policy)).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-AAA='", "'sha256-BBB='"]);
		expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
	});
	it('is the same fixed policy for a page without inline scripts', () => {
		expect(contentSecurityPolicy([])).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
				"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
		);
	});
});

describe('withContentSecurityPolicy()', () => {
	const html = page('<title>t</title><script>theme()</script><link rel="stylesheet" href="/a.css">', '<script type="application/ld+json">{}</script>');

	it('puts the policy right after <meta charset>, before every script and stylesheet', () => {
		const secured = withContentSecurityPolicy(html);
		expect(secured.startsWith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="')).toBe(true);
		expect(secured.replace(/<meta http-equiv="content-security-policy" content="[^"]*">/, '')).toBe(html);
	});
	it("hashes the page's own inline scripts", () => {
		expect(policyOf(withContentSecurityPolicy(html))).toBe(contentSecurityPolicy([scriptHashSource('theme()')]));
	});
	it('puts it first in <head> when there is no <meta charset> there', () => {
		const secured = withContentSecurityPolicy('<html><head lang="en"><title>t</title></head></html>');
		expect(secured).toMatch(/^<html><head lang="en"><meta http-equiv="content-security-policy" content="[^"]+"><title>/);
	});
	it('refuses a page that already has a policy, or has no <head>', () => {
		expect(() => withContentSecurityPolicy(withContentSecurityPolicy(html))).toThrow('already has a Content-Security-Policy');
		expect(() => withContentSecurityPolicy('<p>fragment</p>')).toThrow('no <head>');
	});
});
