/** Desired retention and the review log (issue 14): a change reschedules reviewed cards; every grade is logged and downloads as CSV. */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { QUESTIONS } from './fixture-bank';
import { plantProgress, progressText, revealAndGrade, startDeck, storedCards, storedProgress, T0 } from './progress-helpers';

const [FIRST] = QUESTIONS;

test('changing desired retention says what it costs, reschedules reviewed cards and is kept', async ({ page }) => {
	await page.clock.install({ time: T0 });
	// A card in review: stability 10 days, last reviewed 5 days ago, due in 5 days.
	const day = 86_400_000;
	const schedule = { due: new Date(T0.getTime() + 5 * day).toISOString(), stability: 10, difficulty: 5, elapsed_days: 0, scheduled_days: 10, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: new Date(T0.getTime() - 5 * day).toISOString() };
	await plantProgress(page, progressText({ [FIRST.data.id]: { inDeck: true, changedAt: schedule.last_review, lastGrade: 'good', schedule } }));
	await page.goto('study/');
	const before = schedule;
	await page.getByText('Scheduling').click();
	const select = page.getByRole('combobox', { name: 'Desired retention' });
	await expect(select).toHaveValue('0.9');
	await expect(page.locator('.retention-hint')).toContainText('This is FSRS’s default');
	await select.selectOption('0.95');
	await expect(page.locator('.retention-hint')).toHaveText(/^At 95 %, .* for about \d\.\d times the reviews of the 90 % default\. 1 reviewed card got a new due date\.$/);
	const after = (await storedCards(page))[FIRST.data.id].schedule!;
	expect(Date.parse(after.due)).toBeLessThan(Date.parse(before.due));
	expect(JSON.parse((await storedProgress(page))!).settings).toEqual({ desiredRetention: 0.95 });
	await page.reload();
	await page.getByText('Scheduling').click();
	await expect(select).toHaveValue('0.95');
});

test('every grade is logged, and the log downloads as CSV', async ({ page }) => {
	await startDeck(page, 'all');
	await revealAndGrade(page, '1');
	await revealAndGrade(page, '2');
	await page.getByRole('button', { name: 'End session' }).click();
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the review log (CSV)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^sre-prep-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
	const rows = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
	expect(rows[0]).toBe('question_id,grade,reviewed_at,next_due');
	expect(rows.slice(1).map((row) => row.split(',').slice(0, 2).join(','))).toEqual([`${QUESTIONS[0].data.id},again`, `${QUESTIONS[1].data.id},good`]);
});
