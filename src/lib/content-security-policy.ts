/**
 * The Content-Security-Policy of a built page, written into the page as a `<meta http-equiv>` tag by
 * src/integrations/content-security-policy.ts. It is derived from the page's own HTML after the
 * build, so it stays right as scripts change: a script runs only if it is one of the site's files
 * or an inline script whose exact text the policy hashes. Node-only (node:crypto), build time only.
 */
import { createHash } from 'node:crypto';

/**
 * What a page may use besides its hashed inline scripts. A meta tag cannot set `frame-ancestors`,
 * and GitHub Pages sets no headers, so framing stays possible.
 */
const DIRECTIVES: readonly (readonly [name: string, ...sources: string[]])[] = [
	['default-src', "'self'"],
	// Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (and allows no eval()).
	['script-src', "'self'", "'wasm-unsafe-eval'"],
	// Shiki colours code with style= attributes, Astro inlines small stylesheets as <style>, and
	// search injects one. Allowing inline styles lets no script run.
	['style-src', "'self'", "'unsafe-inline'"],
	['img-src', "'self'", 'data:'],
	['connect-src', "'self'"],
	['worker-src', "'self'"],
	['manifest-src', "'self'"],
	['object-src', "'none'"],
	['base-uri', "'self'"],
	['form-action', "'self'"],
];

/** The JavaScript MIME types of the HTML standard: a `<script type>` the browser runs as a classic script. */
const JAVASCRIPT_TYPE = /^(?:(?:application|text)\/(?:x-)?(?:ecma|java)script|text\/javascript1\.[0-5]|text\/(?:jscript|livescript))$/;
/** Other `<script type>` values that script-src governs; any other type (JSON-LD) is a data block that never runs. */
const OTHER_SCRIPT_TYPES = new Set(['module', 'importmap', 'speculationrules']);

/** A `<script>` element: its attributes (quoted values may hold `>`) and its text. */
const SCRIPT_ELEMENT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;
const TYPE_ATTRIBUTE = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const POLICY_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i;
/** The opening `<head>` tag and the `<meta charset>` right after it, which must stay within the page's first 1024 bytes. */
const HEAD_START = /<head\b[^>]*>(?:\s*<meta\s+charset\s*=[^>]*>)?/i;

/** Whether a script with this `type` attribute (undefined when absent) is one the browser runs. */
export function isExecutableScriptType(type: string | undefined): boolean {
	const essence = (type ?? '').trim().toLowerCase();
	return essence === '' || JAVASCRIPT_TYPE.test(essence) || OTHER_SCRIPT_TYPES.has(essence);
}

/** The CSP source (`'sha256-…'`) that allows an inline script with exactly this text. */
export function scriptHashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of the inline scripts the page would run, each once, in page order; scripts with `src` and data blocks are left out. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes, text] of html.matchAll(SCRIPT_ELEMENT)) {
		if (SRC_ATTRIBUTE.test(attributes)) continue;
		const type = TYPE_ATTRIBUTE.exec(attributes);
		if (isExecutableScriptType(type ? (type[1] ?? type[2] ?? type[3]) : undefined)) hashes.add(scriptHashSource(text));
	}
	return [...hashes];
}

/** The policy of a page whose inline scripts have these hash sources. */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
	return DIRECTIVES.map(([name, ...sources]) => [name, ...sources, ...(name === 'script-src' ? scriptHashes : [])].join(' ')).join('; ');
}

/**
 * The page with its policy as a meta tag at the start of `<head>`, after only `<meta charset>`: a
 * meta policy governs what comes after it, so it precedes every script and stylesheet. Throws on a
 * page with no `<head>` or one that already declares a policy, rather than leave it unprotected or
 * with two policies (where the stricter wins and breaks scripts). `scriptHashes` are the page's own,
 * passed in when the caller has them already.
 */
export function withContentSecurityPolicy(html: string, scriptHashes: readonly string[] = inlineScriptHashes(html)): string {
	if (POLICY_META.test(html)) throw new Error('the page already has a Content-Security-Policy meta tag');
	const head = HEAD_START.exec(html);
	if (!head) throw new Error('the page has no <head>');
	const end = head.index + head[0].length;
	const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(scriptHashes)}">`;
	return html.slice(0, end) + meta + html.slice(end);
}
