/**
 * Troubleshooting drills and estimation worksheets (issue 14), on the fixture drill and worksheet:
 * played by keyboard alone to the debrief, the interviewer view, reading without JavaScript, and
 * estimates checked against each step's tolerance. Expectations come from the fixture files.
 */
import { expect, test, type Page } from '@playwright/test';
import { roundImpact } from '../../../src/lib/drill-session';
import { formatEstimate } from '../../../src/lib/worksheet-check';
import { expectNoAxeViolationsInBothThemes } from '../axe-and-theme';
import { DRILLS, pagePath, question, WORKSHEETS } from './fixture-bank';
import { storedProgress } from './progress-helpers';

const [DRILL] = DRILLS;
const [WORKSHEET] = WORKSHEETS;
const action = (predicate: (candidate: (typeof DRILL.data.actions)[number]) => boolean) => DRILL.data.actions.find(predicate)!;
const expertActions = DRILL.data.expertPath.map((id) => action((candidate) => candidate.id === id));
const herring = action((candidate) => candidate.redHerring);
const minutesOf = (actions: { minutes: number }[]) => actions.reduce((sum, { minutes }) => sum + minutes, 0);

/** Types a step into the drill's command line and runs it with Enter. */
async function run(page: Page, typed: string) {
	const input = page.getByRole('combobox', { name: 'Your next step' });
	await expect(input).toBeFocused();
	await input.fill(typed);
	await page.keyboard.press('Enter');
}

test.describe('a troubleshooting drill', () => {
	test('played by keyboard alone: typed steps, a near miss, mitigation, debrief, best result kept', async ({ page }) => {
		await page.goto('drills/');
		await page.getByRole('link', { name: DRILL.data.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRILL.data.title);
		// The reference is for the interviewer and for reading without JavaScript; the candidate plays.
		await expect(page.getByRole('heading', { name: 'Every step and what it shows' })).toBeHidden();
		await page.getByRole('combobox', { name: 'Your next step' }).focus();

		await run(page, `sudo ${herring.typed[0].toUpperCase()}`);
		await expect(page.locator('.transcript li').last()).toContainText(`${herring.label} · minute ${herring.minutes}`);
		await run(page, 'qqq zzz');
		await expect(page.locator('.no-match')).toHaveText(/^No step matches “qqq zzz”\. Try other words/);

		// A near miss offers the closest steps as buttons.
		const [first, ...rest] = expertActions;
		await run(page, `${first.typed[0]} --extra`);
		const suggestion = page.locator('.no-match').getByRole('button', { name: first.label });
		await expect(suggestion).toBeVisible();
		// From the input, Tab reaches Run, then the first suggestion.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(suggestion).toBeFocused();
		await page.keyboard.press('Enter');
		for (const step of rest) await run(page, step.typed[0]);

		const mitigation = expertActions.findIndex((step) => step.effect === 'mitigates');
		const mitigatedAt = herring.minutes + minutesOf(expertActions.slice(0, mitigation + 1));
		await expect(page.locator('.state')).toHaveText(`Mitigated at minute ${mitigatedAt}`);
		await expect(page.locator('.drill-status .impact')).toHaveText(String(roundImpact(mitigatedAt * DRILL.data.impact.perMinute)));

		await page.getByRole('button', { name: 'End the drill and see the debrief' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Debrief' })).toBeFocused();
		const expertMinutes = minutesOf(expertActions.slice(0, mitigation + 1));
		await expect(page.locator('.debrief-summary')).toHaveText(
			`You mitigated at minute ${mitigatedAt} with ${roundImpact(mitigatedAt * DRILL.data.impact.perMinute)} ${DRILL.data.impact.unit} of ${DRILL.data.impact.label.toLowerCase()}; the expert path mitigates at minute ${expertMinutes} with ${roundImpact(expertMinutes * DRILL.data.impact.perMinute)} ${DRILL.data.impact.unit}.`,
		);
		await expect(page.locator('.debrief-path li')).toHaveCount(DRILL.data.expertPath.length);
		await expect(page.locator('.debrief-missteps')).toContainText(`Red herrings you followed${herring.label}`);
		await expectNoAxeViolationsInBothThemes(page, 'drill debrief');

		const saved = JSON.parse((await storedProgress(page))!).drills[DRILL.data.id];
		expect(saved).toMatchObject({ attempts: 1, best: { minutesToMitigate: mitigatedAt } });
		await page.reload();
		await expect(page.locator('.best')).toHaveText(`Your best: mitigated at minute ${mitigatedAt} with ${saved.best.impact} ${DRILL.data.impact.unit} (1 attempt).`);
	});

	test('a step that makes it worse adds its penalty, and the time limit ends the drill', async ({ page }) => {
		const harmful = action((candidate) => candidate.effect === 'worsens');
		await page.goto(`drills/${DRILL.slug}/`);
		await page.getByText('Pick from the list of steps').click();
		await page.getByRole('button', { name: new RegExp(`^${harmful.label.replace(/[()|.*+?^$[\]\\]/g, '\\$&')}`) }).click();
		await expect(page.locator('.drill-status .impact')).toHaveText(String(roundImpact(harmful.minutes * DRILL.data.impact.perMinute + harmful.penalty!)));
		const repeats = Math.ceil(DRILL.data.timeLimit / herring.minutes);
		for (let index = 0; index < repeats && (await page.locator('.command-form').isVisible()); index++) await run(page, herring.typed[0]);
		await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
		await expect(page.locator('.debrief-summary')).toContainText(`The incident was not mitigated within ${DRILL.data.timeLimit} minutes`);
		await expect(page.locator('.debrief-missteps')).toContainText('Steps that made it worse');
	});

	test('the interviewer view shows every output and the expert path, and saves nothing', async ({ page }) => {
		await page.goto(`drills/${DRILL.slug}/`);
		await page.getByRole('link', { name: 'interviewer view' }).click();
		await expect(page).toHaveURL(/\?view=interviewer$/);
		await expect(page.getByText('You are the interviewer.')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Work the incident' })).toBeHidden();
		for (const step of DRILL.data.actions) await expect(page.getByText(step.output.trim().split('\n')[0], { exact: false }).first()).toBeVisible();
		await expect(page.locator('.expert-path li')).toHaveText(expertActions.map((step) => step.label));
		expect(await storedProgress(page)).toBeNull();
		await expectNoAxeViolationsInBothThemes(page, 'drill interviewer view');
	});

	test('each question it practises links to it', async ({ page }) => {
		await page.goto(pagePath(question(DRILL.data.related[0])));
		await page.getByRole('link', { name: `Troubleshooting drill: ${DRILL.data.title}` }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRILL.data.title);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a drill reads as a written scenario, its outputs and walkthrough folded', async ({ page }) => {
		await page.goto(`drills/${DRILL.slug}/`);
		await expect(page.getByRole('heading', { name: 'The page' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Work the incident' })).toBeHidden();
		await expect(page.locator('.reference-list details')).toHaveCount(DRILL.data.actions.length);
		const walkthrough = page.locator('details.walkthrough');
		await expect(walkthrough.getByRole('heading', { name: 'What was happening' })).toBeHidden();
		await walkthrough.locator('summary').click();
		await expect(walkthrough.getByRole('heading', { name: 'What was happening' })).toBeVisible();
	});
	test('a worksheet shows every step with its working folded', async ({ page }) => {
		await page.goto(`worksheets/${WORKSHEET.slug}/`);
		await expect(page.getByRole('textbox')).toHaveCount(0);
		await expect(page.locator('.step details')).toHaveCount(WORKSHEET.data.steps.length);
	});
});

test.describe('an estimation worksheet', () => {
	test('checks each estimate against its tolerance and reveals the working on request', async ({ page }) => {
		await page.goto('worksheets/');
		await page.getByRole('link', { name: WORKSHEET.data.title }).click();
		const [step, other] = WORKSHEET.data.steps;
		const input = page.getByRole('textbox', { name: 'Your estimate' }).first();
		await input.fill(String(step.answer * step.tolerance * 0.99));
		await input.press('Enter');
		await expect(page.locator('.verdict').first()).toHaveText(`Within ${step.tolerance}× of the worked value (${formatEstimate(step.answer)} ${step.unit}): close enough for the design.`);
		await input.fill(`${step.answer * 100}`);
		await input.press('Enter');
		await expect(page.locator('.verdict').first()).toHaveText(/^Too high: about 100 times over the worked value/);
		await input.fill('lots');
		await input.press('Enter');
		await expect(page.locator('.verdict').first()).toHaveText('Enter a number above zero, such as 120, 4.5k or 2e6.');

		const second = page.getByRole('textbox', { name: 'Your estimate' }).nth(1);
		await second.fill(`${other.answer / (other.tolerance * 1.5)}`);
		await second.press('Enter');
		await expect(page.locator('.verdict').nth(1)).toHaveText(/^Too low/);
		await page.locator('.step').nth(1).getByText('Show the working').click();
		await expect(page.locator('.step').nth(1).locator('.work')).toContainText(`Worked value: ${formatEstimate(other.answer)} ${other.unit}`);
		await expectNoAxeViolationsInBothThemes(page, 'worksheet');
	});

	test('the question it practises links to it', async ({ page }) => {
		await page.goto(pagePath(question(WORKSHEET.data.question)));
		await page.getByRole('link', { name: `Estimation worksheet: ${WORKSHEET.data.title}` }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(WORKSHEET.data.title);
	});
});
