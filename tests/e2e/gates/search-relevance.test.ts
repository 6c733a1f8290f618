import { expect, test } from '@playwright/test';
import { timeLimitFor } from '../current-site';
import { RELEVANCE_CASES } from './search-relevance-cases';

/** Share of cases whose expected question must come first; every case must reach the top 3. */
const MIN_TOP_1_SHARE = 0.85;

test.describe('search relevance', () => {
	test('readers’ queries find their question first, and always in the top 3', async ({ page }) => {
		test.setTimeout(timeLimitFor(RELEVANCE_CASES.length));
		await page.goto('search/');
		const input = page.getByRole('combobox', { name: 'Search the answers' });
		const misses: string[] = [];
		let top1 = 0;
		let top3 = 0;
		for (const { query, expected } of RELEVANCE_CASES) {
			await input.fill(query);
			const results = page.locator(`[role="listbox"][data-query="${query}"] .sre-result:not(.sre-result--section)`);
			await expect(results.first()).toBeVisible();
			const numbers = (await results.evaluateAll((options) => options.slice(0, 3).map((option) => Number((option as HTMLElement).dataset.number))));
			const rank = numbers.indexOf(expected);
			if (rank === 0) top1++;
			if (rank >= 0) top3++;
			if (rank !== 0) misses.push(`“${query}” wants #${expected}, got ${numbers.map((n) => `#${n}`).join(', ')}`);
		}
		const total = RELEVANCE_CASES.length;
		console.log(`search relevance over ${total} queries: top-1: ${top1}/${total}, top-3: ${top3}/${total}`);
		if (misses.length > 0) console.log(`not first:\n  ${misses.join('\n  ')}`);
		expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
		expect(top3, `every query must find its question in the top 3:\n${misses.join('\n')}`).toBe(total);
		expect(top1 / total).toBeGreaterThanOrEqual(MIN_TOP_1_SHARE);
	});
});
