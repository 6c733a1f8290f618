/**
 * Saved progress at its edges (issue 11, findings F1-F7 of the adversarial review): schedules the
 * scheduler refuses, a full storage, unreadable data with no room to keep it, tabs writing at the
 * same moment, cards of questions the bank lacks, and a document bad in one card only.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { pagePath, QUESTIONS } from './fixture-bank';
import { fillStorage, keptCopies, plantProgress, progressText, revealAndGrade, startDeck, storedCards, storedProgress, T0 } from './progress-helpers';

const [FIRST, SECOND] = QUESTIONS;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A card reviewed twice, as ts-fsrs leaves it, with the given changes to its schedule. */
function reviewedCard(schedule: Record<string, unknown> = {}) {
	return {
		inDeck: true,
		changedAt: iso(T0.getTime() - 6 * DAY),
		lastGrade: 'good',
		schedule: {
			due: T0.toISOString(),
			stability: 3,
			difficulty: 5,
			elapsed_days: 3,
			scheduled_days: 3,
			learning_steps: 0,
			reps: 3,
			lapses: 0,
			state: 2,
			last_review: iso(T0.getTime() - 6 * DAY),
			...schedule,
		},
	};
}

/** Collects uncaught errors, so a test can assert that none happened. */
function pageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

test.describe('schedules the scheduler cannot use (F1)', () => {
	test('are repaired and said so, and grading them works', async ({ page }) => {
		const errors = pageErrors(page);
		await page.clock.install({ time: T0 });
		await plantProgress(
			page,
			progressText({
				[FIRST.data.id]: reviewedCard({ stability: -5 }),
				// Reviewed 30 hours from now: a device whose clock ran ahead.
				[SECOND.data.id]: reviewedCard({ last_review: iso(T0.getTime() + 30 * 3_600_000), due: T0.toISOString() }),
			}),
		);
		await page.goto('study/?deck=mine');
		const notice = page.locator('sre-study .store-notice');
		await expect(notice).toContainText(`question ${FIRST.data.id} starts again as a new card (its stability (-5) is not above zero)`);
		await expect(notice).toContainText(`question ${SECOND.data.id}’s last review counts as now`);

		await startDeck(page, 'mine');
		for (const question of [FIRST, SECOND]) {
			await expect(page.locator('#card-title')).toHaveText(question.data.title);
			await page.keyboard.press('Space');
			// Each grade button says when the card comes back: the scheduler could read the card.
			for (const when of await page.locator('.grade:visible .grade-when').allTextContents()) expect(when).toMatch(/\d/);
			await page.keyboard.press('2');
		}
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		const cards = await storedCards(page);
		for (const question of [FIRST, SECOND]) {
			const { schedule } = cards[question.data.id];
			expect(schedule!.stability).toBeGreaterThan(0);
			// Graded a moment after T0 (the installed clock runs), not 30 hours ahead.
			expect(Date.parse(schedule!.last_review) - T0.getTime()).toBeLessThan(60_000);
		}
		// Saved repaired, so the notice has nothing left to say.
		await expect(notice).toBeHidden();
		expect(errors).toEqual([]);
	});

	test('a mock interview never grades a question it has not shown, and never counts over 100 %', async ({ page }) => {
		const errors = pageErrors(page);
		await page.clock.install({ time: T0 });
		await plantProgress(page, progressText({ [FIRST.data.id]: reviewedCard({ last_review: iso(T0.getTime() + 30 * 3_600_000) }) }));
		await page.goto(`mock/?q=${FIRST.data.id},${SECOND.data.id}&min=1`);
		await page.getByRole('button', { name: 'Start the interview' }).click();
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		const checklist = page.getByRole('group', { name: 'Tick the key points you covered' }).getByRole('checkbox');
		await expect(checklist).toHaveCount(FIRST.data.keyPoints.length);
		for (const box of await checklist.all()) await box.check();
		await page.getByRole('button', { name: 'Next question' }).click();

		await expect(page.locator('#mock-question-title')).toHaveText(SECOND.data.title);
		expect(Object.keys(await storedCards(page))).toEqual([String(FIRST.data.id)]);
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await expect(checklist).toHaveCount(SECOND.data.keyPoints.length);
		await page.getByRole('button', { name: 'Finish and see the summary' }).click();
		const total = FIRST.data.keyPoints.length + SECOND.data.keyPoints.length;
		const share = Math.round((FIRST.data.keyPoints.length / total) * 100);
		await expect(page.getByText(`${FIRST.data.keyPoints.length} of ${total} key points covered (${share}%)`)).toBeVisible();
		expect(errors).toEqual([]);
	});
});

test.describe('a save that fails is visible (F2, F3)', () => {
	test('grading with full storage says so at once and in the summary', async ({ page }) => {
		await page.goto('');
		await fillStorage(page);
		await startDeck(page, 'all');
		await revealAndGrade(page, '2');
		const failure = page.locator('sre-study .save-failure');
		await expect(failure).toBeVisible();
		await expect(failure).toHaveText(/^Progress was not saved: browser storage is full or blocked\. Free some browser storage/);
		await expect(failure).toBeInViewport();
		await page.getByRole('button', { name: 'End session' }).click();
		await expect(page.locator('.summary-text')).toHaveText(/^You graded 1 of \d+ cards: .*\. That grade was not saved: free some browser storage, then grade that card again\.$/);
		expect(await storedProgress(page)).toBeNull();
	});

	test('“Add to study deck” with full storage says so, and a later save that works clears it', async ({ page }) => {
		await page.goto(pagePath(FIRST));
		await fillStorage(page);
		await page.getByRole('button', { name: 'Add to study deck' }).click();
		const failure = page.locator('sre-question-study .save-failure');
		await expect(failure).toBeVisible();
		await expect(failure).toContainText('Progress was not saved');
		await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible();

		await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler-')).forEach((key) => localStorage.removeItem(key)));
		await page.getByRole('button', { name: 'Add to study deck' }).click();
		await expect(failure).toBeHidden();
		await expect(page.getByRole('button', { name: 'Remove from study deck' })).toBeVisible();
	});

	test('the mock summary says which answers were not saved', async ({ page }) => {
		await page.goto('');
		await fillStorage(page);
		await page.goto(`mock/?q=${FIRST.data.id}&min=1`);
		await page.getByRole('button', { name: 'Start the interview' }).click();
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await page.getByRole('button', { name: 'Finish and see the summary' }).click();
		await expect(page.locator('.results li')).toContainText('Again, not saved');
		await expect(page.locator('.saved-note')).toHaveText('That grade was not saved: free some browser storage, then grade that card again.');
		await expect(page.locator('sre-mock .save-failure')).toBeVisible();
	});

	test('unreadable progress with no room to keep it aside still downloads, byte for byte', async ({ page }) => {
		const corrupt = '{"app":"sre-prep-progress","version":1,"cards":{"1": BROKEN';
		await page.goto('');
		await page.evaluate((text) => localStorage.setItem('sre:progress', text), corrupt);
		await fillStorage(page);
		await page.goto('study/');
		await expect(page.locator('sre-study .store-notice')).toContainText('Download it as it is from Your progress');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download saved progress as it is' }).click()]);
		expect(download.suggestedFilename()).toMatch(/^sre-prep-progress-unreadable-\d{4}-\d{2}-\d{2}\.json$/);
		expect(await readFile((await download.path())!, 'utf8')).toBe(corrupt);
		await expect(page.locator('sre-progress-panel .message')).toContainText('downloaded exactly as it is stored');
		expect(await storedProgress(page)).toBe(corrupt);
	});
});

test('twelve tabs adding different questions at the same moment all end up saved (F5)', async ({ context }) => {
	expect(QUESTIONS.length).toBeGreaterThanOrEqual(12);
	const questions = QUESTIONS.slice(0, 12);
	const pages = await Promise.all(questions.map(() => context.newPage()));
	await Promise.all(pages.map((page, index) => page.goto(pagePath(questions[index]))));
	await Promise.all(pages.map((page) => expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible()));
	// Every tab clicks at the same wall-clock moment, so the writes cross as they would for a reader.
	const at = Date.now() + 500;
	await Promise.all(pages.map((page) => page.evaluate((moment) => setTimeout(() => document.querySelector<HTMLButtonElement>('sre-question-study .toggle')!.click(), moment - Date.now()), at)));
	const inDeck = async () => Object.values(JSON.parse((await storedProgress(pages[0])) ?? '{"cards":{}}').cards as Record<string, { inDeck: boolean }>).filter((card) => card.inDeck).length;
	await expect.poll(inDeck, { timeout: 10_000 }).toBe(12);
	await Promise.all(pages.map((page) => expect(page.getByRole('button', { name: 'Remove from study deck' })).toBeVisible()));
});

test('cards of questions the bank lacks are kept and listed, never counted (F6)', async ({ page }) => {
	await page.clock.install({ time: T0 });
	const added = { inDeck: true, changedAt: T0.toISOString(), lastGrade: null, schedule: null };
	await plantProgress(page, progressText({ [FIRST.data.id]: added, [SECOND.data.id]: added, 9999: added }));
	await page.goto('');
	await expect(page.locator('sre-due-summary')).toContainText('2 cards due now · 2 in your study deck');
	await page.goto('study/');
	await expect(page.locator('[data-count-for="due"]')).toHaveText('2 cards');
	await expect(page.locator('[data-stat="due"]')).toHaveText('2');
	await expect(page.locator('[data-stat="inDeck"]')).toHaveText('2');
	await expect(page.locator('sre-progress-panel .unknown')).toHaveText(
		'Your progress also holds 1 card for questions this site does not have (id 9999). They are kept and exported, but not counted or studied here.',
	);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
	expect(Object.keys(JSON.parse(await readFile((await download.path())!, 'utf8')).cards)).toContain('9999');
});

test('the readable cards of a document bad in one card can be merged back (F7)', async ({ page }) => {
	const partlyBad = progressText({ [FIRST.data.id]: { ...reviewedCard(), inDeck: 'yes' }, [SECOND.data.id]: reviewedCard() });
	await plantProgress(page, partlyBad);
	await page.goto('study/');
	await expect(page.locator('.kept-list')).toContainText(`It could not be read: cards.${FIRST.data.id}.inDeck is not true or false. You can merge the 1 card in it that can be read; 1 card cannot.`);
	await expect(page.locator('[data-stat="inDeck"]')).toHaveText('0');
	await page.getByRole('button', { name: 'Merge its 1 readable card' }).click();
	await expect(page.locator('sre-progress-panel .message')).toHaveText('Readable cards merged (1 card left out, still in the kept copy). Imported: 1 question added.');
	await expect(page.locator('[data-stat="inDeck"]')).toHaveText('1');
	expect(Object.keys(await storedCards(page))).toEqual([String(SECOND.data.id)]);
	expect(await keptCopies(page)).toEqual([partlyBad]);
});
