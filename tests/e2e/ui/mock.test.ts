import { expect, test, type Page } from '@playwright/test';
import { plainText } from '../../../src/lib/inline-code';
import { getTopic, type TopicSlug } from '../../../src/lib/taxonomy';
import { expectNoAxeViolationsInBothThemes } from '../axe-and-theme';
import { BASE_PATH } from '../sites';
import { QUESTIONS, RICH, withCodeSpans } from './fixture-bank';
import { storedCards, storedProgress, T0 } from './progress-helpers';

/** Two topics that together hold at least three questions, enough for a three-question interview. */
const FOCUS: TopicSlug[] = ['kubernetes', 'troubleshooting'];
const IN_FOCUS = QUESTIONS.filter((q) => q.data.topics.some((topic) => FOCUS.includes(topic)));
/** The questions of a shared interview link, in its order. */
const SHARED = [RICH, ...QUESTIONS.filter((q) => q !== RICH).slice(0, 2)];
const sharedLink = (ids: number, view = '') => `mock/?q=${SHARED.slice(0, ids).map((q) => q.data.id).join(',')}&min=4${view}`;


/** Question ids in the page's URL (`?q=17,3,9`). */
const plannedIds = (page: Page) => new URL(page.url()).searchParams.get('q')!.split(',').map(Number);

test.describe('mock interview', () => {
	test('from setup to summary: a paused, extended and overrun clock, coverage saved as grades', async ({ page }) => {
		await page.clock.install({ time: T0 });
		await page.goto('mock/');
		await page.getByRole('radio', { name: '3 questions' }).check();
		await page.getByRole('combobox', { name: 'Time per question' }).selectOption('2');
		expect(IN_FOCUS.length).toBeGreaterThanOrEqual(3);
		for (const topic of FOCUS) await page.getByRole('checkbox', { name: getTopic(topic).label, exact: true }).check();
		await expect(page.getByText(`${IN_FOCUS.length} questions match; 3 will be drawn at random.`)).toBeVisible();
		// Stop the clock so every displayed time is exact; it moves only when the test moves it.
		await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
		await page.getByRole('button', { name: 'Start the interview' }).click();

		await expect(page).toHaveURL(/\/mock\/\?q=\d+%2C\d+%2C\d+&min=2$/);
		const cards = (await (await page.request.get('study/cards.json')).json()).cards as { id: number; topics: string[] }[];
		for (const id of plannedIds(page)) expect(IN_FOCUS.map((q) => q.data.id), `question ${id} is in focus`).toContain(id);
		expect(cards.length).toBe(QUESTIONS.length);

		const timer = page.getByRole('timer');
		const label = page.locator('.clock-label');
		await expect(page.getByText('Question 1 of 3')).toBeVisible();
		await expect(page.locator('#mock-question-title')).toBeFocused();
		await expect(timer).toHaveText('2:00');
		await expect(page.getByRole('group', { name: /key points/ })).toBeHidden();
		await page.clock.fastForward('00:30');
		await expect(timer).toHaveText('1:30');
		await page.getByRole('button', { name: 'Pause' }).click();
		await page.clock.fastForward('01:00');
		await expect(timer).toHaveText('1:30');
		await expect(label).toHaveText('Paused, time left');
		await page.getByRole('button', { name: 'Resume' }).click();
		await page.getByRole('button', { name: '+1 min' }).click();
		await expect(timer).toHaveText('2:30');
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await expect(label).toHaveText('Time used');
		await expect(timer).toHaveText('0:30');
		const checklist = page.getByRole('group', { name: 'Tick the key points you covered' }).getByRole('checkbox');
		/** The key points of the question on screen, found in the fixture bank by its title. */
		const keyPointsShown = async () => {
			const title = (await page.locator('#mock-question-title').textContent())!.trim();
			return QUESTIONS.find((q) => plainText(q.data.title) === title)!.data.keyPoints.map(plainText);
		};
		await expect(checklist.first()).toBeFocused();
		await expect(checklist).toHaveCount((await keyPointsShown()).length);
		for (const box of await checklist.all()) await box.check();
		await expect(page.getByRole('heading', { name: 'Likely follow-ups: how would you answer them?' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'What a senior answer adds' })).toBeVisible();
		await page.getByRole('button', { name: 'Next question' }).click();

		await expect(page.getByText('Question 2 of 3')).toBeVisible();
		await expect(timer).toHaveText('2:00');
		await page.clock.fastForward('02:10');
		await expect(label).toHaveText('Over time by');
		await expect(timer).toHaveText('0:10');
		await expect(page.locator('.announcer')).toHaveText('Time is up. Finish your point, then check your answer.');
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await checklist.first().check();
		await page.getByRole('button', { name: 'Next question' }).click();

		await page.clock.fastForward('01:00');
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await expect(checklist).toHaveCount((await keyPointsShown()).length);
		const third = await checklist.count();
		for (const box of (await checklist.all()).slice(0, Math.ceil(third * 0.6))) await box.check();
		await page.getByRole('button', { name: 'Finish and see the summary' }).click();

		await expect(page.getByRole('heading', { name: 'Interview summary' })).toBeFocused();
		await expect(page.getByText(/^3 questions in 3:40: \d+ of \d+ key points covered \(\d+%\)\. 1 went over time\.$/)).toBeVisible();
		const rows = page.locator('.results li');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(0)).toContainText(/key points · 0:30 · Good, back in \d+ minutes$/);
		await expect(rows.nth(1)).toContainText(/^#\d+ .+1 of \d key points · 2:10 \(over time\) · Again, due now$/);
		await expect(rows.nth(2)).toContainText(/key points · 1:00 · Hard, back in \d+ minutes$/);
		const [first] = plannedIds(page);
		await expect(rows.nth(0).getByRole('link')).toHaveAttribute('href', new RegExp(`^${BASE_PATH}questions/[a-z0-9-]+/$`));
		await expect(rows.nth(0).getByRole('link')).toContainText(`#${first}`);

		const saved = await storedCards(page);
		expect(plannedIds(page).map((id) => saved![id].lastGrade)).toEqual(['good', 'again', 'hard']);
		await page.getByRole('link', { name: 'Study the questions you missed' }).click();
		await expect(page.locator('[data-count-for="missed"]')).toHaveText('1 card');
	});

	test('the interviewer view of a shared link shows what to listen for and what to ask, and saves nothing', async ({ page }) => {
		const [first, second] = SHARED;
		await page.goto(sharedLink(3, '&view=interviewer'));
		await expect(page.getByRole('heading', { name: 'You are the interviewer' })).toBeVisible();
		await expect(page.getByText('3 questions, 4 minutes each.', { exact: false })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Practise with a friend' })).toBeHidden();
		await page.getByRole('button', { name: 'Start the interview' }).click();

		await expect(page.locator('#mock-question-title')).toHaveText(first.data.title);
		const listenFor = page.getByRole('group', { name: 'Listen for these key points: tick each one you hear' });
		await expect(listenFor.getByRole('checkbox')).toHaveCount(first.data.keyPoints.length);
		await expect(page.getByRole('heading', { name: 'Follow-ups to ask' })).toBeVisible();
		const followUps = page.locator('.follow-up-list details');
		await expect(followUps.locator('summary')).toHaveText(first.data.followUps.map((followUp) => plainText(followUp.question)));
		await expect(followUps.first().locator('.follow-up-answer')).toBeHidden();
		await followUps.first().locator('summary').click();
		await expect(followUps.first().locator('.follow-up-answer')).toBeVisible();
		await expect(page.locator('.senior-signal-list li')).toHaveText(first.data.seniorSignals.map(plainText));
		// Code spans show as code, as on the question page.
		expect(withCodeSpans(first.data.keyPoints), 'the shared link opens on a question with code in a key point').toBeGreaterThan(0);
		await expect(listenFor.locator('label:has(code)')).toHaveCount(withCodeSpans(first.data.keyPoints));
		await expect(followUps.locator('summary:has(code)')).toHaveCount(withCodeSpans(first.data.followUps.map((followUp) => followUp.question)));
		await expect(page.getByRole('button', { name: /I’m done/ })).toBeHidden();
		await listenFor.getByRole('checkbox').nth(0).check();
		await listenFor.getByRole('checkbox').nth(1).check();
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect(page.locator('#mock-question-title')).toHaveText(second.data.title);
		await expect(listenFor.getByRole('checkbox').first()).not.toBeChecked();
		await page.getByRole('button', { name: 'Next question' }).click();
		await page.getByRole('button', { name: 'Finish and see the summary' }).click();

		await expect(page.getByText('Interviewer view: nothing was saved.', { exact: false })).toBeVisible();
		await expect(page.locator('.results li').first()).toContainText(new RegExp(`2 of ${first.data.keyPoints.length} key points · \\d+:\\d\\d$`));
		expect(await storedProgress(page)).toBeNull();
	});

	test('"Practise with a friend" gives two links that fix the same questions', async ({ page, context }) => {
		await page.goto('mock/');
		await page.getByRole('radio', { name: '3 questions' }).check();
		await page.getByRole('button', { name: 'Practise with a friend…' }).click();
		await expect(page.getByRole('heading', { name: 'Your mock interview is ready' })).toBeFocused();
		const interviewerLink = await page.getByRole('textbox', { name: 'Interviewer link' }).inputValue();
		expect(interviewerLink).toMatch(/^http:\/\/localhost:\d+\/sre-prep\/mock\/\?q=\d+%2C\d+%2C\d+&min=3&view=interviewer$/);
		await expect(page.locator('[data-link-view="interviewer"] sre-copy-button')).toHaveAttribute('data-text', interviewerLink);
		const candidateLink = await page.getByRole('textbox', { name: 'Your link, to answer the same questions' }).inputValue();
		expect(candidateLink).toBe(interviewerLink.replace('&view=interviewer', ''));
		expect(page.url()).toBe(candidateLink);

		await page.getByRole('button', { name: 'Start the interview' }).click();
		const friend = await context.newPage();
		await friend.goto(interviewerLink);
		await friend.getByRole('button', { name: 'Start the interview' }).click();
		await expect(friend.locator('#mock-question-title')).toHaveText((await page.locator('#mock-question-title').textContent())!);
	});

	test('a link whose questions no longer exist falls back to a new setup', async ({ page }) => {
		await page.goto('mock/?q=9999&min=3');
		await expect(page.getByText('That interview link names no question on this site any more')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Set up your interview' })).toBeVisible();
	});

	test('a focus nothing matches cannot start', async ({ page }) => {
		await page.goto('mock/');
		await page.getByRole('combobox', { name: 'Level' }).selectOption('junior');
		await page.getByRole('combobox', { name: 'Kind' }).selectOption('leadership');
		await expect(page.getByText('No question matches this focus.', { exact: false })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Start the interview' })).toBeDisabled();
	});

	test('axe finds no violations in any state, light or dark', async ({ page }) => {
		test.slow(); // twelve full axe runs
		const check = (state: string) => expectNoAxeViolationsInBothThemes(page, state);
		await page.goto('mock/');
		await expect(page.getByRole('heading', { name: 'Set up your interview' })).toBeVisible();
		await check('setup');
		await page.getByRole('radio', { name: '3 questions' }).check();
		await page.getByRole('button', { name: 'Practise with a friend…' }).click();
		await check('ready with share links');
		await page.getByRole('button', { name: 'Start the interview' }).click();
		await check('answering');
		await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		await check('checking');
		for (const next of ['Next question', 'Next question']) {
			await page.getByRole('button', { name: next }).click();
			await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
		}
		await page.getByRole('button', { name: 'Finish and see the summary' }).click();
		await check('summary');
		await page.goto(sharedLink(2, '&view=interviewer'));
		await page.getByRole('button', { name: 'Start the interview' }).click();
		await check('interviewer question');
	});
});
