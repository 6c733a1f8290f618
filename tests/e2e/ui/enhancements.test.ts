import { expect, test } from '@playwright/test';
import { groupByPrimaryTopic } from '../../../src/lib/question-bank';
import { groupByRound } from '../../../src/lib/rounds';
import { chooseTheme } from '../axe-and-theme';
import { BASE_PATH, SITE_URL } from '../sites';
import { PAGE_TYPES, QUESTIONS, RICH, withTopic } from './fixture-bank';

const PERMALINK = `${SITE_URL}${BASE_PATH}q/${RICH.data.id}/`;

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('"Copy link" copies the absolute short permalink', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PERMALINK);
	});

	test('"Copy as Markdown" copies a prep-notes link with number and title', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`[#${RICH.data.id} ${title}](${PERMALINK})`);
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
		const total = QUESTIONS.length;
		const topic = RICH.data.topics[0];
		const level = RICH.data.level;
		const inTopic = withTopic(topic);
		const inBoth = inTopic.filter((q) => q.data.level === level);
		expect(inTopic.length, 'the fixture topic must narrow the list').toBeLessThan(total);

		await page.goto(PAGE_TYPES.questions);
		const visible = page.locator('.question-item:visible');
		await page.getByRole('combobox', { name: 'Topic' }).selectOption(topic);
		await expect(page.getByRole('status')).toHaveText(`Showing ${inTopic.length} of ${total} questions`);
		await expect(visible).toHaveCount(inTopic.length);
		for (const item of await visible.all()) await expect(item).toHaveAttribute('data-topics', new RegExp(`\\b${topic}\\b`));
		await expect(page).toHaveURL(new RegExp(`\\?topic=${topic}$`));

		await page.getByRole('combobox', { name: 'Level' }).selectOption(level);
		await expect(page).toHaveURL(new RegExp(`\\?topic=${topic}&level=${level}$`));
		await expect(visible).toHaveCount(inBoth.length);
		for (const item of await visible.all()) await expect(item).toHaveAttribute('data-level', level);

		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue(topic);
		await expect(page.getByRole('combobox', { name: 'Level' })).toHaveValue(level);
		await expect(visible).toHaveCount(inBoth.length);

		await page.getByRole('button', { name: 'Clear' }).click();
		await expect(visible).toHaveCount(total);
		await expect(page).toHaveURL(/\/questions\/$/);
	});

	test('hides topic groups and rounds left empty by the filter', async ({ page }) => {
		const level = 'junior';
		const hasLevel = (questions: typeof QUESTIONS) => questions.some((q) => q.data.level === level);
		const rounds = groupByRound(QUESTIONS).map(({ round, items }) => ({ round, items, topics: groupByPrimaryTopic(items) }));
		const topicGroups = rounds.flatMap(({ topics }) => topics);
		expect(topicGroups.some((group) => hasLevel(group.questions)) && topicGroups.some((group) => !hasLevel(group.questions)), 'the fixture bank must have groups with and without junior questions').toBe(true);
		await page.goto(`${PAGE_TYPES.questions}?level=${level}`);
		for (const { round, items, topics } of rounds) {
			const section = page.locator(`section:has(> h2#round-${round.slug})`);
			await expect(section.locator('h2')).toBeVisible({ visible: hasLevel(items) });
			for (const { topic, questions } of topics) {
				await expect(section.locator(`h3#group-${round.slug}-${topic}`)).toBeVisible({ visible: hasLevel(questions) });
			}
		}
	});
});
