/**
 * What each piece of the search's own logic is worth on the relevance suite: the suite scored
 * with the engine as built, then with one piece taken out at a time, and as one Pagefind search
 * of the whole query, with the site's Pagefind ranking and with Pagefind's defaults. Not a test;
 * prints a Markdown table (README, "What the search's own logic earns").
 *
 *   npm run build && npm run bench:ablation
 *
 * Pagefind runs in Chromium on the built site, as the search page runs it; the merging runs here
 * on the same pure modules the engine uses (src/lib/search-*.ts), so a change to them is measured
 * as shipped. The "as built" row must equal what search-relevance.test.ts reports for the same
 * bank: if it does not, the merge below has drifted from search-engine.ts.
 */
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../lib/static-server.ts';
import { chromiumLaunchOptions } from '../system-chromium.mjs';
import { RELEVANCE_CASES } from '../../tests/e2e/gates/search-relevance-cases.ts';
import { isGenuineMatch } from '../../src/lib/search-highlight.ts';
import { queryTerms, queryWords, type QueryTerm } from '../../src/lib/search-query.ts';
import { SEARCH_SYNONYMS } from '../../src/lib/search-synonyms.ts';
import { bestOfAlternatives, PAGEFIND_RANKING, rankPages, type PageScores } from '../../src/lib/search-ranking.ts';

const DIST = new URL('../../dist/', import.meta.url).pathname;

/** One Pagefind search as the engine sees it: scores by page id, and whether it found the word or only a stub of it. */
interface Searched {
	scores: PageScores;
	genuine: boolean;
}

/** Pagefind on the built site, with `ranking`, answering searches and naming each page's question. */
async function openPagefind(page: Page, ranking: object | undefined) {
	await page.evaluate(async ({ ranking, script }) => {
		const pagefind = await import(script);
		await pagefind.options({ baseUrl: '/', noWorker: true, ...(ranking ? { ranking } : {}) });
		await pagefind.init();
		Object.assign(window, { pagefind });
	}, { ranking, script: '/pagefind/pagefind.js' });
	const numbers: Record<string, number> = await page.evaluate(async () => {
		const { results } = await (window as any).pagefind.search(null);
		return Object.fromEntries(await Promise.all(results.map(async (result: any) => [result.id, Number((await result.data()).meta.number)])));
	});
	const searched = new Map<string, Promise<Searched>>();
	const search = (text: string): Promise<Searched> => {
		if (!searched.has(text)) {
			const found = page.evaluate(async (text) => {
				const { results } = await (window as any).pagefind.search(text);
				const best = results[0] && (await results[0].data());
				return { scores: results.map((result: any) => [result.id, result.score]), best: best ? [best.content, ...Object.values(best.meta)].join(' ') : '' };
			}, text);
			searched.set(text, found.then(({ scores, best }) => ({ scores: new Map(scores as [string, number][]), genuine: isGenuineMatch(best, text.split(' ')) })));
		}
		return searched.get(text)!;
	};
	return { numbers, search };
}

type Pagefind = Awaited<ReturnType<typeof openPagefind>>;

interface Variant {
	name: string;
	/** The page ids a query ranks, best first. */
	rank(query: string, pagefind: Pagefind): Promise<string[]>;
}

/** The engine's merge (search-engine.ts), with each of its pieces switchable. */
function merged(name: string, { terms = queryTerms, synonyms = true, stubCheck = true, matchedShare = true } = {}): Variant {
	return {
		name,
		async rank(query, { search }) {
			const termScores = await Promise.all(
				terms(query).map(async (term) => {
					const alternatives = synonyms ? term.alternatives : [term.word];
					const found = await Promise.all(alternatives.map(search));
					return bestOfAlternatives(found.map(({ scores, genuine }) => (genuine || !stubCheck ? scores : new Map())));
				}),
			);
			if (matchedShare) return rankPages(termScores).map((page) => page.id);
			const sums = new Map<string, number>();
			for (const scores of termScores) for (const [id, score] of scores) sums.set(id, (sums.get(id) ?? 0) + score);
			return [...sums].sort((a, b) => b[1] - a[1]).map(([id]) => id);
		},
	};
}

/** Every word of the query kept, filler words too, each with its synonyms. */
const everyWord = (query: string): QueryTerm[] => [...new Set(queryWords(query))].map((word) => ({ word, alternatives: [word, ...(SEARCH_SYNONYMS.get(word) ?? [])] }));

/** One Pagefind search of `text(query)`, in Pagefind's own order. */
const oneSearch = (name: string, text: (query: string) => string): Variant => ({
	name,
	rank: async (query, { search }) => [...(await search(text(query))).scores.keys()],
});

const VARIANTS: readonly Variant[] = [
	merged('As built'),
	merged('Without synonyms', { synonyms: false }),
	merged('Without the filler-word list', { terms: everyWord }),
	merged('Without the stub check (isGenuineMatch)', { stubCheck: false }),
	merged('Without the matched-share weighting', { matchedShare: false }),
	oneSearch('One Pagefind search of the meaningful words', (query) => queryTerms(query).map((term) => term.word).join(' ')),
	oneSearch('One Pagefind search of the query as typed', (query) => query),
];

const server = await serveStatic(DIST, '/', 0);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const rows: string[] = [];
	for (const [label, ranking] of [['tuned ranking (PAGEFIND_RANKING)', PAGEFIND_RANKING], ['Pagefind’s default ranking', undefined]] as const) {
		const page = await browser.newPage();
		// A page that loads no search of its own: the search page would set up Pagefind with its ranking first.
		await page.goto(`${server.url}robots.txt`);
		const pagefind = await openPagefind(page, ranking);
		// Under Pagefind's defaults: the engine, and plain Pagefind as a site without this logic would run it.
		for (const variant of ranking ? VARIANTS : [VARIANTS[0], VARIANTS.at(-1)!]) {
			let top1 = 0;
			let top3 = 0;
			for (const { query, expected } of RELEVANCE_CASES) {
				const firstThree = (await variant.rank(query, pagefind)).slice(0, 3).map((id) => pagefind.numbers[id]);
				if (firstThree[0] === expected) top1++;
				if (firstThree.includes(expected)) top3++;
			}
			rows.push(`| ${variant.name}, ${label} | ${top1}/${RELEVANCE_CASES.length} | ${top3}/${RELEVANCE_CASES.length} |`);
		}
		await page.close();
	}
	console.log(['| Search | Top 1 | Top 3 |', '| --- | --- | --- |', ...rows].join('\n'));
} finally {
	await browser.close();
	await server.close();
}
