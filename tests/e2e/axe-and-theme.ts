import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** axe-core's violations on the page, one line each: the rule and the elements that break it. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Only violations are read: axe then skips collecting every node of passing and inapplicable rules,
	// which is most of its time on a long answer page (axe-core's documented resultTypes option).
	const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Fails with the list of violations, so a failure says what to fix. */
export async function expectNoAxeViolations(page: Page) {
	expect(await axeViolations(page)).toEqual([]);
}

/** Picks a theme the way a reader does: through the theme select in the header. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'auto') {
	await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
}

/** Runs axe on the page as it is, once in each theme, as a named step so a failure says which state and theme. */
export async function expectNoAxeViolationsInBothThemes(page: Page, state: string) {
	for (const theme of ['light', 'dark'] as const) {
		await chooseTheme(page, theme);
		await test.step(`${state}, ${theme}`, () => expectNoAxeViolations(page));
	}
}
