/** Reading and planting saved progress, and driving a study session, for the study and mock tests. */
import { expect, type Page } from '@playwright/test';

export const PROGRESS_KEY = 'sre:progress';
/** A fixed start time, so due dates and "last reviewed" texts are known. */
export const T0 = new Date('2026-03-02T09:00:00.000Z');

export const storedProgress = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

/** Saved progress as the tests read it: just the fields they check. */
export interface SavedCard {
	lastGrade: string | null;
	inDeck: boolean;
	schedule: { due: string; last_review: string; stability: number; difficulty: number } | null;
}

/** The saved cards; fails the test when nothing is saved. */
export const storedCards = async (page: Page) => {
	const text = await storedProgress(page);
	if (text === null) throw new Error('no progress is saved');
	return JSON.parse(text).cards as Record<string, SavedCard>;
};

export const keptCopies = (page: Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sre:progress:kept:')).map((key) => localStorage.getItem(key)));

/** A progress document as this site writes it, around the given cards. */
export const progressText = (cards: Record<string, unknown>, savedAt = T0) => JSON.stringify({ app: 'sre-prep-progress', version: 1, savedAt: savedAt.toISOString(), cards });

/** Stores `value` as the saved progress once, before the first page of the test runs its scripts. */
export async function plantProgress(page: Page, value: string) {
	await page.addInitScript(
		([key, text]) => {
			if (!sessionStorage.getItem('planted')) {
				localStorage.setItem(key, text);
				sessionStorage.setItem('planted', '1');
			}
		},
		[PROGRESS_KEY, value],
	);
}

/** Fills this origin's localStorage to its quota with other keys, as a full browser would be. */
export async function fillStorage(page: Page) {
	await page.evaluate(() => {
		let chunk = 'x'.repeat(1 << 20);
		let index = 0;
		while (chunk.length > 0) {
			try {
				localStorage.setItem(`filler-${index++}`, chunk);
			} catch {
				chunk = chunk.slice(0, chunk.length >> 1);
			}
		}
	});
}

/** Starts a session on a deck with the cards in question order (no shuffle). */
export async function startDeck(page: Page, deck: string) {
	await page.goto(`study/?deck=${deck}`);
	await page.getByRole('checkbox', { name: 'Shuffle the cards' }).uncheck();
	await page.getByRole('button', { name: /^Start studying: \d+ cards?$/ }).click();
	await expect(page.locator('#card-title')).toBeFocused();
}

/** Reveals the card showing and grades it with a key: 1 Again, 2 Got it. */
export async function revealAndGrade(page: Page, key: '1' | '2') {
	await page.keyboard.press('Space');
	await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
	await page.keyboard.press(key);
}
