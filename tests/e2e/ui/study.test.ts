import { readFile } from 'node:fs/promises';
import { plainText } from '../../../src/lib/inline-code';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { countOf } from '../../../src/lib/plural';
import { KINDS } from '../../../src/lib/taxonomy';
import { expectNoAxeViolations, expectNoAxeViolationsInBothThemes } from '../axe-and-theme';
import { BASE_PATH } from '../sites';
import { pagePath, QUESTIONS, withKind, withLevel, withTopic } from './fixture-bank';
import { keptCopies, plantProgress, PROGRESS_KEY, revealAndGrade, startDeck, storedCards, storedProgress, T0 } from './progress-helpers';

/** The first two questions in id order: the first cards of an unshuffled "All questions" deck. */
const [FIRST, SECOND] = QUESTIONS;

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator) {
	for (let presses = 0; presses < 80; presses++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('never reached by Tab');
}

test.describe('flashcards', () => {
	test('a full session by keyboard only: reveal, grade, go back, skip, summary', async ({ page }) => {
		const total = QUESTIONS.length;
		expect(total, 'the session needs at least five cards').toBeGreaterThanOrEqual(5);
		await page.goto('study/?deck=all');
		await expect(page.getByRole('radio', { name: /All questions/ })).toBeChecked();
		await tabTo(page, page.getByRole('checkbox', { name: 'Shuffle the cards' }));
		await page.keyboard.press('Space');
		await expect(page.getByRole('checkbox', { name: 'Shuffle the cards' })).not.toBeChecked();
		const start = page.getByRole('button', { name: `Start studying: ${total} cards` });
		await tabTo(page, start);
		await page.keyboard.press('Enter');

		const position = page.locator('.session-position');
		const title = page.locator('#card-title');
		await expect(position).toHaveText(`Card 1 of ${total}`);
		await expect(title).toBeFocused();
		await expect(title).toHaveText(FIRST.data.title);
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeHidden();

		await page.keyboard.press('Space');
		await expect(page.getByRole('heading', { name: 'Direct answer' })).toBeFocused();
		await expect(page.locator('.answer .key-points li')).toHaveText(FIRST.data.keyPoints.map(plainText));
		await expect(page.locator('.answer .senior-signals li')).toHaveText(FIRST.data.seniorSignals.map(plainText));
		await expect(page.getByRole('link', { name: 'Read the full answer' })).toHaveAttribute('href', `${BASE_PATH}${pagePath(FIRST)}`);
		await expect(page.getByRole('button', { name: /^Again/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Hard/ })).toBeHidden();
		await page.keyboard.press('2');

		await expect(position).toHaveText(`Card 2 of ${total}`);
		await expect(title).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(position).toHaveText(`Card 1 of ${total}`);
		await expect(page.getByText('You graded this card “Got it”.', { exact: false })).toBeVisible();
		await page.keyboard.press('ArrowRight');
		await expect(position).toHaveText(`Card 2 of ${total}`);
		await expect(page.getByRole('heading', { name: 'Key points' })).toBeHidden();

		await revealAndGrade(page, '1');
		await expect(position).toHaveText(`Card 3 of ${total}`);
		await page.keyboard.press('ArrowRight'); // skip card 3
		for (let card = 4; card < total; card++) await revealAndGrade(page, '2');
		await expect(position).toHaveText(`Card ${total} of ${total}`);
		await revealAndGrade(page, '1');

		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeFocused();
		await expect(page.getByText(`You graded ${total - 1} of ${total} cards: 2 “Again”, ${total - 3} “Got it”.`)).toBeVisible();
		const cards = await storedCards(page);
		const graded = QUESTIONS.filter((_, index) => index !== 2).map((q) => String(q.data.id));
		expect(Object.keys(cards).sort()).toEqual(graded.sort());
		expect(Object.values(cards).filter((card) => card.lastGrade === 'again')).toHaveLength(2);

		await tabTo(page, page.getByRole('button', { name: 'Go over the 2 cards you missed' }));
		await page.keyboard.press('Enter');
		await expect(position).toHaveText('Card 1 of 2');
		await expect(page.locator('.session-deck')).toHaveText('Cards you missed');
	});

	test('with Hard and Easy on, keys 1 to 4 grade and each button says when the card returns', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await page.goto('study/?deck=level:junior');
		await page.getByRole('checkbox', { name: 'Also grade “Hard” and “Easy”' }).check();
		await page.getByRole('button', { name: `Start studying: ${countOf(withLevel('junior').length, 'card')}` }).click();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: /^Easy/ })).toContainText('1 week');
		await expect(page.getByRole('button', { name: /^Good/ })).toContainText('10 min');
		await expect(page.locator('.key-hints').first()).toContainText('1–4 grade');
		await page.keyboard.press('3');
		const [card] = Object.values(await storedCards(page));
		expect(card.lastGrade).toBe('good');
		expect(Date.parse(card.schedule!.due) - Date.parse(card.schedule!.last_review)).toBe(10 * 60_000);
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Also grade “Hard” and “Easy”' })).toBeChecked();
	});

	test('progress survives a reload and shows on the home, topic and question pages', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await startDeck(page, 'all');
		await revealAndGrade(page, '1'); // FIRST: Again, back in a minute
		await revealAndGrade(page, '2'); // SECOND: Got it, back in ten minutes

		await page.reload();
		await expect(page.getByRole('radio', { name: /Missed last time/ })).toBeVisible();
		await expect(page.locator('[data-count-for="missed"]')).toHaveText('1 card');
		await expect(page.locator('[data-count-for="mine"]')).toHaveText('2 cards');

		await page.clock.fastForward('05:00');
		await page.goto('');
		const summary = page.locator('sre-due-summary');
		await expect(summary).toContainText('1 card due now · 2 in your study deck');
		await expect(summary.getByRole('link', { name: 'Study the due cards' })).toHaveAttribute('href', `${BASE_PATH}study/?deck=due`);

		// A topic of the first card only: its page counts one card of the deck.
		const topic = FIRST.data.topics.find((slug) => !SECOND.data.topics.includes(slug))!;
		expect(withTopic(topic)).toContain(FIRST);
		await page.goto(`topics/${topic}/`);
		await expect(page.locator('sre-due-summary')).toContainText('1 card due now · 1 from this topic in your study deck');
		await expect(page.getByRole('link', { name: 'Study these questions' })).toHaveAttribute('href', `${BASE_PATH}study/?deck=topic:${topic}`);

		await page.goto(pagePath(FIRST));
		const status = page.locator('sre-question-study');
		await expect(status).toContainText('In your study deck · last reviewed 5 minutes ago · due now');
		const reviewed = (await storedCards(page))[FIRST.data.id].schedule!.last_review;
		expect(Date.parse(reviewed) - T0.getTime()).toBeLessThan(60_000);
		await expect(status.locator('time')).toHaveAttribute('datetime', reviewed);

		await page.goto(pagePath(SECOND));
		await expect(page.locator('sre-question-study')).toContainText('last reviewed 5 minutes ago · due in 5 minutes');
		await page.getByRole('button', { name: 'Remove from study deck' }).click();
		await expect(page.locator('sre-question-study')).toContainText('Not in your study deck · last reviewed 5 minutes ago');
		await page.reload();
		await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeVisible();
		await page.goto('');
		await expect(page.locator('sre-due-summary')).toContainText('1 card due now · 1 in your study deck');
	});

	test('a question added from its page is due at once and opens in "Due now"', async ({ page }) => {
		await page.goto(pagePath(FIRST));
		await expect(page.locator('sre-question-study')).toContainText('Not in your study deck');
		await page.getByRole('button', { name: 'Add to study deck' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Added to your study deck.' })).toBeAttached();
		await expect(page.locator('sre-question-study')).toContainText('In your study deck · not reviewed yet · due now');
		await page.goto('study/');
		await expect(page.getByRole('radio', { name: /Due now/ })).toBeChecked();
		await page.getByRole('button', { name: 'Start studying: 1 card' }).click();
		await expect(page.locator('#card-title')).toHaveText(FIRST.data.title);
	});

	test('an empty deck explains itself instead of starting', async ({ page }) => {
		await page.goto('study/?deck=missed');
		await expect(page.getByText('No card in your deck was last graded “Again”.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start studying' })).toBeDisabled();
	});
});

test.describe('saved progress', () => {
	test('export, then import into a fresh browser, restores the same schedule', async ({ page, browser }) => {
		await page.clock.install({ time: T0 });
		// A kind with more than two questions: two get graded, then the session is ended early.
		const kind = KINDS.find((candidate) => withKind(candidate).length > 2)!;
		await startDeck(page, `kind:${kind}`);
		await revealAndGrade(page, '2');
		await revealAndGrade(page, '1');
		const original = await storedCards(page);
		await page.getByRole('button', { name: 'End session' }).click();

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
		expect(download.suggestedFilename()).toBe('sre-prep-progress-2026-03-02.json');
		const exported = await readFile((await download.path())!, 'utf8');
		expect(JSON.parse(exported).cards).toEqual(original);

		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto('study/');
		await expect(other.locator('[data-stat="inDeck"]')).toHaveText('0');
		const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import progress…' }).click()]);
		await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect(other.getByText('Imported: 2 questions added.')).toBeVisible();
		expect(await storedCards(other)).toEqual(original);
		await expect(other.locator('[data-stat="inDeck"]')).toHaveText('2');
		await expect(other.locator('[data-count-for="missed"]')).toHaveText('1 card');
		await fresh.close();
	});

	test('import keeps the latest review of each question', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await startDeck(page, 'level:junior');
		await revealAndGrade(page, '2');
		const [id, ours] = Object.entries(await storedCards(page))[0];
		const older = { ...ours, lastGrade: 'again', schedule: { ...ours.schedule, last_review: '2026-01-01T00:00:00.000Z' } };
		const file = { app: 'sre-prep-progress', version: 1, savedAt: '2026-01-01T00:00:00.000Z', cards: { [id]: older } };
		const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress…' }).click()]);
		await chooser.setFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
		await expect(page.getByText('Imported: 1 question left unchanged (your copy was as recent).')).toBeVisible();
		expect((await storedCards(page))[id]).toEqual(ours);
	});

	test('a bad import file gets a clear message and changes nothing', async ({ page }) => {
		await page.goto(pagePath(FIRST));
		await page.getByRole('button', { name: 'Add to study deck' }).click();
		await page.goto('study/');
		const before = await storedProgress(page);
		const importFile = async (name: string, text: string) => {
			const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress…' }).click()]);
			await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
		};
		const message = page.locator('sre-progress-panel .message');
		await importFile('notes.json', '{"cards": {"17": ');
		await expect(message).toHaveText('That file was not imported (it is not valid JSON). Your progress is unchanged.');
		await importFile('theme.json', '{"theme": "dark"}');
		await expect(message).toHaveText('That file was not imported (it is not SRE Prep progress). Your progress is unchanged.');
		await importFile('future.json', JSON.stringify({ app: 'sre-prep-progress', version: 7, savedAt: T0.toISOString(), cards: {} }));
		await expect(message).toContainText('it was saved by a newer version of this site');
		expect(await storedProgress(page)).toBe(before);
		await expectNoAxeViolations(page);
	});

	test('corrupt stored data leaves the pages working and the original bytes kept', async ({ page }) => {
		const corrupt = '{"app":"sre-prep-progress","version":1,"cards":{"17":{"inDeck":tr\u00e9';
		await plantProgress(page, corrupt);
		await page.goto(pagePath(FIRST));
		await expect(page.locator('sre-question-study .store-notice')).toContainText('could not be read. It is kept aside, unchanged');
		await expect(page.locator('sre-question-study')).toContainText('Not in your study deck');
		expect(await keptCopies(page)).toEqual([corrupt]);
		// Only once the bytes are safe elsewhere does a fresh document take their place.
		expect(JSON.parse((await storedProgress(page))!).cards).toEqual({});

		await page.getByRole('link', { name: 'Your progress' }).click();
		await expect(page).toHaveURL(/study\/#progress$/);
		await expect(page.getByRole('heading', { name: 'Progress kept aside' })).toBeVisible();
		await expect(page.locator('.kept-list')).toContainText('It could not be read: it is not valid JSON.');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download kept copy' }).click()]);
		expect(await readFile((await download.path())!, 'utf8')).toBe(corrupt);
		await expectNoAxeViolations(page);

		// Studying still works and saves a fresh document; the kept copy is untouched.
		await page.getByRole('radio', { name: /All questions/ }).check();
		await page.getByRole('button', { name: /^Start studying/ }).click();
		await revealAndGrade(page, '2');
		expect(Object.keys(await storedCards(page))).toHaveLength(1);
		expect(await keptCopies(page)).toEqual([corrupt]);

		await page.reload();
		await expect(page.locator('sre-study .store-notice')).toBeVisible();
		await expect(page.locator('[data-stat="inDeck"]')).toHaveText('1');
		await page.getByRole('button', { name: 'Delete kept copy…' }).click();
		await expect(page.getByRole('dialog', { name: 'Delete the kept copy?' })).toBeVisible();
		await page.getByRole('button', { name: 'Delete kept copy', exact: true }).click();
		// The copy is deleted when the confirm dialog closes, after the click returns.
		await expect.poll(() => keptCopies(page)).toEqual([]);
		await expect(page.locator('sre-study .store-notice')).toBeHidden();
	});

	test('a kept copy whose key holds no date is listed and still downloads (F9)', async ({ page }) => {
		await page.goto('');
		await page.evaluate((key) => localStorage.setItem(key, 'abc'), 'sre:progress:kept:garbage');
		await page.goto('study/');
		await expect(page.locator('.kept-list')).toContainText('Kept aside (date unknown)');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download kept copy' }).click()]);
		expect(download.suggestedFilename()).toBe('sre-prep-progress-kept-garbage.json');
		expect(await readFile((await download.path())!, 'utf8')).toBe('abc');
	});

	test('progress from a newer version of the site is kept aside, not overwritten', async ({ page }) => {
		const newer = JSON.stringify({ app: 'sre-prep-progress', version: 2, savedAt: T0.toISOString(), cards: {}, decks: ['x'] });
		await page.goto('');
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, newer]);
		await page.goto('study/');
		await expect(page.locator('sre-study .store-notice')).toContainText('comes from a newer version of this site');
		await expect(page.locator('.kept-list')).toContainText('saved by a newer version of this site (format 2; this page reads up to 1)');
		expect(await keptCopies(page)).toEqual([newer]);
	});

	test('reset asks for confirmation first', async ({ page }) => {
		await page.goto(pagePath(FIRST));
		await page.getByRole('button', { name: 'Add to study deck' }).click();
		await page.goto('study/');
		const saved = await storedProgress(page);
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Reset all study progress?' });
		await expect(dialog).toContainText('1 question');
		await expectNoAxeViolations(page);
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		expect(await storedProgress(page)).toBe(saved);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.keyboard.press('Escape');
		expect(await storedProgress(page)).toBe(saved);

		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await dialog.getByRole('button', { name: 'Reset progress' }).click();
		await expect(page.getByText('Your progress was reset.')).toBeVisible();
		expect(await storedCards(page)).toEqual({});
		await expect(page.locator('[data-stat="inDeck"]')).toHaveText('0');
	});

	test('two open tabs stay consistent', async ({ context }) => {
		const question = await context.newPage();
		const study = await context.newPage();
		await question.goto(pagePath(FIRST));
		await study.goto('study/');
		await expect(study.locator('[data-count-for="mine"]')).toHaveText('0 cards');

		await question.getByRole('button', { name: 'Add to study deck' }).click();
		await expect(study.locator('[data-count-for="mine"]')).toHaveText('1 card');
		await expect(study.locator('[data-stat="inDeck"]')).toHaveText('1');

		await study.getByRole('radio', { name: /My deck/ }).check();
		await study.getByRole('button', { name: 'Start studying: 1 card' }).click();
		await revealAndGrade(study, '1');
		await expect(question.locator('sre-question-study')).toContainText('last reviewed just now');
	});

	test('progress another tab leaves unreadable is kept aside by the open page, unchanged', async ({ context }) => {
		const newer = JSON.stringify({ app: 'sre-prep-progress', version: 2, savedAt: T0.toISOString(), cards: {}, decks: ['x'] });
		const study = await context.newPage();
		const other = await context.newPage();
		await study.goto('study/');
		await expect(study.locator('[data-count-for="all"]')).toHaveText(countOf(QUESTIONS.length, 'card'));
		await other.goto('about/');
		await other.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, newer]);
		await expect(study.locator('sre-study .store-notice')).toContainText('comes from a newer version of this site');
		await expect.poll(() => keptCopies(study)).toEqual([newer]);
		await expect(study.locator('.kept-list')).toContainText('saved by a newer version of this site');
	});
});

test.describe('study page states', () => {
	test('axe finds no violations in any state, light or dark', async ({ page }) => {
		test.slow(); // eight full axe runs
		const check = (state: string) => expectNoAxeViolationsInBothThemes(page, state);
		await page.goto('study/');
		await expect(page.locator('.chooser')).toBeVisible();
		await check('deck chooser');
		await page.getByRole('button', { name: /^Start studying/ }).click();
		await check('card');
		await page.getByRole('button', { name: 'Show answer' }).click();
		await check('revealed card');
		await page.getByRole('button', { name: /^Again/ }).click();
		await page.getByRole('button', { name: 'End session' }).click();
		await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
		await check('summary');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const [path, feature] of [
		['study/', 'Study mode'],
		['mock/', 'The mock interview'],
	]) {
		test(`/${path} says it needs JavaScript and links to the question list`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByText(`${feature} needs JavaScript`)).toBeVisible();
			await page.getByRole('link', { name: 'browse the question list' }).click();
			await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/$`));
		});
	}

	test('reading pages hide the study controls', async ({ page }) => {
		await page.goto(pagePath(FIRST));
		await expect(page.getByRole('button', { name: 'Add to study deck' })).toBeHidden();
		await page.goto('');
		await expect(page.locator('sre-due-summary')).toBeHidden();
	});
});
