import { expect, test } from '@playwright/test';
import { chooseTheme, PAGE_TYPES } from './helpers';

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy link" copies the absolute short permalink', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://example.github.io/sre-prep/q/17/');
	});

	test('"Copy as Markdown" copies a prep-notes link with number and title', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[#17 ${title}](https://example.github.io/sre-prep/q/17/)`);
	});
});

test.describe('theme', () => {
	test('follows the system by default', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('');
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
	});

	test('a chosen theme persists across pages and reloads, and Auto clears it', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto('');
		await chooseTheme(page, 'dark');
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
		await page.goto(PAGE_TYPES.question);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
		await page.reload();
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
		await chooseTheme(page, 'auto');
		await page.reload();
		await expect(page.locator('html')).not.toHaveAttribute('data-theme');
		await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(251, 250, 247)');
	});

	test('applies the saved theme before first paint (no flash)', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.addInitScript(() => localStorage.setItem('sre:theme', 'dark'));
		// Read the theme as soon as <body> exists, before any deferred script has run.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.body) {
					(window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset.theme;
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto('');
		expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
	});
});

test.describe('question list filter', () => {
	test('filters instantly, updates the count and the URL, and restores from the URL', async ({ page }) => {
		await page.goto(PAGE_TYPES.questions);
		const visible = page.locator('.question-item:visible');
		await page.getByRole('combobox', { name: 'Topic' }).selectOption('kubernetes');
		await expect(page.getByRole('status')).toHaveText(/^Showing \d+ of 52 questions$/);
		const kubernetesCount = await visible.count();
		expect(kubernetesCount).toBeGreaterThan(0);
		expect(kubernetesCount).toBeLessThan(52);
		await expect(page.getByRole('status')).toHaveText(`Showing ${kubernetesCount} of 52 questions`);
		for (const item of await visible.all()) await expect(item).toHaveAttribute('data-topics', /\bkubernetes\b/);
		await expect(page).toHaveURL(/\?topic=kubernetes$/);

		await page.getByRole('combobox', { name: 'Level' }).selectOption('senior');
		await expect(page).toHaveURL(/\?topic=kubernetes&level=senior$/);
		for (const item of await visible.all()) await expect(item).toHaveAttribute('data-level', 'senior');

		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('kubernetes');
		await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue('senior');

		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(visible).toHaveCount(52);
		await expect(page).toHaveURL(/\/questions\/$/);
	});

	test('hides topic groups left empty by the filter', async ({ page }) => {
		await page.goto(`${PAGE_TYPES.questions}?kind=leadership`);
		await expect(page.getByRole('heading', { level: 2, name: 'Kubernetes' })).toBeHidden();
	});
});
