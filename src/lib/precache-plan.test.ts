import { describe, expect, it } from 'vitest';
import { describePlan, planPrecache, precacheTier, type PrecacheCandidate } from './precache-plan';

const file = (url: string, size: number): PrecacheCandidate => ({ url, revision: 'r', size });

describe('precacheTier()', () => {
	it('puts the Pagefind index in search', () => {
		expect(precacheTier('pagefind/pagefind.js')).toBe('search');
		expect(precacheTier('pagefind/fragment/en_1a2b.pf_fragment')).toBe('search');
	});
	it('puts question pages and short-link redirects in answers', () => {
		expect(precacheTier('questions/pod-restarts/index.html')).toBe('answers');
		expect(precacheTier('q/17/index.html')).toBe('answers');
	});
	it('puts the pages that list questions in lists', () => {
		for (const url of ['questions/index.html', 'topics/kubernetes/index.html', 'levels/senior/index.html', 'kinds/design/index.html']) {
			expect(precacheTier(url)).toBe('lists');
		}
	});
	it('keeps every other page and asset in the shell, including pages added later', () => {
		for (const url of ['index.html', 'topics/index.html', 'offline/index.html', 'study/index.html', '_astro/app.1a2b.js', 'manifest.webmanifest']) {
			expect(precacheTier(url)).toBe('shell');
		}
	});
});

describe('planPrecache()', () => {
	const site = [
		file('index.html', 300),
		file('pagefind/pagefind.js', 200),
		file('questions/a/index.html', 400),
		file('q/1/index.html', 100),
		file('topics/t/index.html', 50),
	];
	const precachedTiers = (budget: number) => planPrecache(site, budget).tiers.map((tier) => [tier.tier, tier.precached]);

	it('precaches every tier when the site fits the budget', () => {
		const plan = planPrecache(site, 1050);
		expect(plan.manifest).toEqual(site);
		expect(plan.totalBytes).toBe(1050);
		expect(plan.tiers.map((tier) => [tier.tier, tier.files, tier.bytes])).toEqual([
			['shell', 1, 300],
			['search', 1, 200],
			['answers', 2, 500],
			['lists', 1, 50],
		]);
	});
	it('leaves a tier that does not fit to runtime caching, and still takes a smaller one after it', () => {
		const plan = planPrecache(site, 600);
		expect(plan.manifest.map((entry) => entry.url)).toEqual(['index.html', 'pagefind/pagefind.js', 'topics/t/index.html']);
		expect(plan.totalBytes).toBe(550);
		expect(precachedTiers(600)).toEqual([['shell', true], ['search', true], ['answers', false], ['lists', true]]);
	});
	it('gives the budget to tiers in priority order', () => {
		expect(precachedTiers(400)).toEqual([['shell', true], ['search', false], ['answers', false], ['lists', true]]);
	});
	it('fails when the shell alone is over budget', () => {
		expect(() => planPrecache(site, 299)).toThrow(/shell needs 0\.00 MiB to precache, over the 0\.00 MiB budget/);
	});

	// Per-question sizes measured on the 52-question build: answer page and redirects 24 KB,
	// list entries 6 KB, Pagefind fragment and index 5.7 KB; a shell of 0.6 MB and Pagefind's own files.
	const bank = (questions: number) => [
		file('index.html', 600_000),
		file('pagefind/pagefind.js', 640_000),
		...Array.from({ length: questions }, (_, i) => [
			file(`questions/q${i}/index.html`, 24_000),
			file(`pagefind/fragment/en_${i}.pf_fragment`, 5_700),
			file(`topics/t${i}/index.html`, 6_000),
		]).flat(),
	];
	it('keeps the whole site offline for a bank of 800 questions', () => {
		expect(planPrecache(bank(800)).tiers.every((tier) => tier.precached)).toBe(true);
	});
	it('keeps shell and search offline for a bank of 5000 questions', () => {
		expect(planPrecache(bank(5000)).tiers.map((tier) => tier.precached)).toEqual([true, true, false, false]);
	});
});

describe('describePlan()', () => {
	it('states the total against the budget and each tier', () => {
		const lines = describePlan(planPrecache([file('index.html', 1024 * 1024), file('q/1/index.html', 3 * 1024 * 1024)], 2 * 1024 * 1024));
		expect(lines).toEqual([
			'Precache: 1 files, 1.00 MiB of the 2.00 MiB budget (50%)',
			'  shell        1 files    1.00 MiB  precached',
			'  search       0 files    0.00 MiB  precached',
			'  answers      1 files    3.00 MiB  over budget: cached when first read',
			'  lists        0 files    0.00 MiB  precached',
		]);
	});
});
