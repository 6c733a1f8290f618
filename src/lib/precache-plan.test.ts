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
	it('keeps the question list, other pages and assets in the shell', () => {
		for (const url of ['index.html', 'questions/index.html', 'topics/kubernetes/index.html', 'study/index.html', '_astro/app.1a2b.js', 'manifest.webmanifest']) {
			expect(precacheTier(url)).toBe('shell');
		}
	});
});

describe('planPrecache()', () => {
	const site = [file('index.html', 300), file('pagefind/pagefind.js', 200), file('questions/a/index.html', 400), file('q/1/index.html', 100)];

	it('precaches every tier when the site fits the budget', () => {
		const plan = planPrecache(site, 1000);
		expect(plan.manifest).toEqual(site);
		expect(plan.totalBytes).toBe(1000);
		expect(plan.tiers.map((tier) => [tier.tier, tier.files, tier.bytes, tier.precached])).toEqual([
			['shell', 1, 300],
			['search', 1, 200],
			['answers', 2, 500],
		].map((row) => [...row, true]));
	});
	it('leaves answers to runtime caching when they would overflow the budget', () => {
		const plan = planPrecache(site, 999);
		expect(plan.manifest.map((entry) => entry.url)).toEqual(['index.html', 'pagefind/pagefind.js']);
		expect(plan.tiers.map((tier) => tier.precached)).toEqual([true, true, false]);
		expect(plan.totalBytes).toBe(500);
	});
	it('never keeps a lower tier once a higher one is dropped', () => {
		const plan = planPrecache([file('index.html', 300), file('pagefind/big.pf_index', 800), file('q/1/index.html', 10)], 400);
		expect(plan.tiers.map((tier) => tier.precached)).toEqual([true, false, false]);
	});
	it('fails when the shell alone is over budget', () => {
		expect(() => planPrecache(site, 299)).toThrow(/shell needs 0\.00 MiB to precache, over the 0\.00 MiB budget/);
	});
	it('scales: a 5000-question bank of today\'s page sizes keeps shell and search within the default budget', () => {
		// Sizes measured on the 52-question build: answer page 21 KB, redirect 0.8 KB, Pagefind about 3.5 KB
		// per question, list pages about 2.5 KB per question.
		const bank = Array.from({ length: 5000 }, (_, i) => [
			file(`questions/q${i}/index.html`, 21_000),
			file(`q/${i}/index.html`, 800),
			file(`pagefind/fragment/en_${i}.pf_fragment`, 3_500),
			file(`topics/t${i}/index.html`, 2_500),
		]).flat();
		const plan = planPrecache(bank);
		expect(plan.tiers.map((tier) => tier.precached)).toEqual([true, true, false]);
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
		]);
	});
});
