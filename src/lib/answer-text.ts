/**
 * Text measures of an answer body (MDX without frontmatter) used by the content checks:
 * prose words, section headings, and word shingles for finding passages shared between answers.
 */

/** The body with fenced code blocks removed: commands do not count as prose. */
export function stripCodeBlocks(body: string): string {
	return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/** Words of prose: Markdown syntax and link targets dropped, code blocks excluded. */
export function proseWords(body: string): string[] {
	return stripCodeBlocks(body)
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[#*_`>|[\]-]+/g, ' ')
		.split(/\s+/)
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** The text of every `## ` heading, in order. */
export function h2Headings(body: string): string[] {
	return [...stripCodeBlocks(body).matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
}

/** The prose before the first heading: the direct answer. */
export function openingText(body: string): string {
	return stripCodeBlocks(body).split(/^#{2,6} /m)[0].trim();
}

/** Number of GFM tables (counted by their delimiter rows). */
export function tableCount(body: string): number {
	return [...stripCodeBlocks(body).matchAll(/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/gm)].length;
}

/** Every run of `size` consecutive normalised words, as strings. */
export function shingles(body: string, size: number): Set<string> {
	const words = proseWords(body).map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}%.]/gu, '')).filter(Boolean);
	const result = new Set<string>();
	for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
	return result;
}

/** Ids of the short links (`/q/<id>/`) in a body. */
export function linkedIds(body: string): number[] {
	return [...body.matchAll(/\]\(\/q\/(\d+)\/?(?:#[^)]*)?\)/g)].map((match) => Number(match[1]));
}

/** The contents of every fenced code block in `lang` (```python ...```), in order. */
export function codeBlocks(body: string, lang: string): string[] {
	return [...body.matchAll(/^(```|~~~)([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm)]
		.filter((match) => match[2].trim().split(/\s+/)[0] === lang)
		.map((match) => match[3]);
}
