/**
 * The reader's own answers (issue 14): written on a question page or a flashcard, kept with the
 * progress, never written over another tab's edit without asking, and downloaded as Markdown.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { BASE_PATH } from '../sites';
import { pagePath, QUESTIONS } from './fixture-bank';
import { fillStorage, storedProgress, T0 } from './progress-helpers';

const [FIRST, SECOND] = QUESTIONS;
const storedAnswers = async (page: import('@playwright/test').Page) => JSON.parse((await storedProgress(page)) ?? '{}').answers ?? {};

test('an answer written on the question page is kept, shown on its flashcard, editable there and downloadable', async ({ page }) => {
	await page.goto(pagePath(FIRST));
	const box = page.getByRole('textbox', { name: 'Your answer' });
	await box.fill('I would start from the SLO and the budget left.');
	await expect(page.locator('.own-answer-status')).toHaveText('Saved.');
	await page.reload();
	await expect(box).toHaveValue('I would start from the SLO and the budget left.');

	await page.goto('study/?deck=all');
	await page.getByRole('checkbox', { name: 'Shuffle the cards' }).uncheck();
	await page.getByRole('button', { name: /^Start studying/ }).click();
	await page.keyboard.press('Space');
	const cardBox = page.locator('.session').getByRole('textbox', { name: 'Your answer' });
	await expect(cardBox).toHaveValue('I would start from the SLO and the budget left.');
	// Typing digits in the answer does not grade the card.
	await cardBox.fill('Revised on the card: 1 2 3.');
	await expect(page.locator('.session .own-answer-status')).toHaveText('Saved.');
	await expect(page.locator('#card-title')).toHaveText(FIRST.data.title);
	// Moving to the next card shows that card's (empty) answer.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.locator('#card-title')).toHaveText(SECOND.data.title);
	await page.keyboard.press('Space');
	await expect(cardBox).toHaveValue('');
	expect(await storedAnswers(page)).toEqual({ [FIRST.data.id]: expect.objectContaining({ text: 'Revised on the card: 1 2 3.' }) });

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your answers (Markdown)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^sre-prep-my-answers-\d{4}-\d{2}-\d{2}\.md$/);
	const markdown = await readFile((await download.path())!, 'utf8');
	const permalink = `${new URL(page.url()).origin}${BASE_PATH}q/${FIRST.data.id}/`;
	expect(markdown).toContain(`## [#${FIRST.data.id} ${FIRST.data.title}](${permalink})\n\nRevised on the card: 1 2 3.\n`);
});

test('an edit made in another tab is shown, not written over, until the reader chooses', async ({ context }) => {
	const [mine, theirs] = [await context.newPage(), await context.newPage()];
	// Mine's clock stands still, so its save-after-a-pause waits until the box loses focus.
	await mine.clock.install({ time: T0 });
	await mine.goto(pagePath(FIRST));
	await mine.clock.pauseAt(new Date(T0.getTime() + 60_000));
	await theirs.goto(pagePath(FIRST));
	// The clock (shared by the context's pages) stands still, and a page lets its scripts in once idle
	// after load (LoadLater.astro), which takes time to pass in a page the test never touches.
	await theirs.clock.runFor(2_000);
	const myBox = mine.getByRole('textbox', { name: 'Your answer' });
	await myBox.focus();
	await mine.keyboard.type('Mine, still typing');
	// The other tab saves its version while this one is mid-edit (written directly, so this tab keeps focus).
	await theirs.evaluate(
		([id, text]) => localStorage.setItem('sre:progress', JSON.stringify({ app: 'sre-prep-progress', version: 1, savedAt: new Date().toISOString(), cards: {}, answers: { [id]: { text, changedAt: new Date().toISOString() } } })),
		[FIRST.data.id, 'Theirs, saved first'] as const,
	);
	// Chromium hands a write to other tabs' localStorage a moment later (more under load): "first"
	// means this tab can see it. Writes that truly cross are the store's reconcile case (progress-edges).
	await mine.waitForFunction((text) => localStorage.getItem('sre:progress')?.includes(text), 'Theirs, saved first');
	await myBox.blur();
	const conflict = mine.getByRole('alert').filter({ hasText: 'changed in another tab' });
	await expect(conflict).toBeVisible();
	await expect(conflict.locator('pre')).toHaveText('Theirs, saved first');
	expect((await storedAnswers(mine))[FIRST.data.id].text).toBe('Theirs, saved first');
	await mine.getByRole('button', { name: 'Save mine over it' }).click();
	await expect(conflict).toBeHidden();
	expect((await storedAnswers(mine))[FIRST.data.id].text).toBe('Mine, still typing');
	await expect(theirs.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Mine, still typing');
});

test('an answer that cannot be saved says so, and stays in the box', async ({ page }) => {
	await page.goto(pagePath(FIRST));
	await fillStorage(page);
	await page.getByRole('textbox', { name: 'Your answer' }).fill('Will not fit.');
	await expect(page.locator('sre-own-answer .own-answer-failure')).toContainText('Progress was not saved');
	await expect(page.getByRole('textbox', { name: 'Your answer' })).toHaveValue('Will not fit.');
	await expect(page.locator('.own-answer-status')).toHaveText('Not saved.');
});
