/**
 * The Content-Security-Policy (src/lib/content-security-policy.ts): every built page declares it
 * before anything it governs, and every feature works under it with not one violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { emptyProgress, serializeProgress } from '../../../src/lib/progress-document';
import { chooseTheme } from '../axe-and-theme';
import { builtPages, timeLimitFor } from '../current-site';
import { BASE_PATH } from '../sites';
import { DRILLS, pagePath, QUESTIONS, RICH, withKeyword, withTopic, WORKSHEETS } from './fixture-bank';
import { waitUntilSavedForOffline } from './service-worker';

const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]*)">/gi;

/**
 * Every violation the page reports from now on, across navigations: the `securitypolicyviolation`
 * event, passed to the test as it fires, and Chrome's console error, which also covers a page
 * that navigates away before the event's report arrives.
 */
async function recordViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeBinding('reportCspViolation', (_source, violation: string) => violations.push(violation));
	await page.addInitScript(() =>
		addEventListener(
			'securitypolicyviolation',
			(event) => (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${event.effectiveDirective} refused ${event.blockedURI} on ${location.pathname}`),
			true,
		),
	);
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	return violations;
}

test.describe('Content-Security-Policy', () => {
	test('every built page declares one policy, right after <meta charset> and before any script', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThan(QUESTIONS.length);
		for (const { path, html } of pages) {
			const policies = [...html.matchAll(POLICY_META)].map((match) => match[1]);
			expect(policies, path).toHaveLength(1);
			expect(html, path).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /i);
			const scriptSources = policies[0].split('; ').find((directive) => directive.startsWith('script-src '))!;
			expect(scriptSources, path).not.toContain("'unsafe-inline'");
			expect(policies[0], path).toContain("object-src 'none'");
		}
		// Every redirect page runs the same script, so all share one policy.
		const redirects = pages.filter((page) => page.isRedirect);
		expect(redirects.length).toBeGreaterThanOrEqual(QUESTIONS.length);
		expect(new Set(redirects.map((page) => page.html.match(POLICY_META)![0])).size).toBe(1);
	});

	test('every built page loads without a violation', async ({ page }) => {
		const pages = builtPages();
		test.setTimeout(timeLimitFor(pages.length));
		const violations = await recordViolations(page);
		for (const { path } of pages) {
			await page.goto(path.slice(BASE_PATH.length));
			expect(violations, path).toEqual([]);
		}
	});

	test('every main flow works with no violation, under a policy that refuses injected scripts', async ({ page }) => {
		test.setTimeout(120_000);
		const violations = await recordViolations(page);
		/** Runs one flow as a step, which fails on its own violations. */
		const flow = (name: string, run: () => Promise<void>) =>
			test.step(name, async () => {
				await run();
				expect(violations).toEqual([]);
			});
		const oom = withKeyword('OOMKilled');

		await flow('reading a question page', async () => {
			await page.goto(pagePath(RICH));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(RICH.data.title);
			// The inline theme script ran; the bundled copy button upgraded.
			await expect(page.locator('html')).toHaveAttribute('data-js', '');
			await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		});
		await flow('the search page, with a query and a filter', async () => {
			await page.goto(`search/?q=budget`);
			const results = page.locator('[role="listbox"][data-query="budget"] .sre-result:not(.sre-result--section)');
			await expect(results.first()).toBeVisible();
			const topic = page.locator('.sre-search__toggle[data-facet="topic"][data-value="kubernetes"]');
			await topic.click();
			await expect(topic).toHaveAttribute('aria-pressed', 'true');
			await expect(page).toHaveURL(/\?q=budget&topic=kubernetes$/);
		});
		await flow('the search dialog, opened with Ctrl+K', async () => {
			await page.goto('');
			await page.keyboard.press('Control+k');
			await expect(page.getByRole('dialog', { name: 'Search questions' })).toBeVisible();
			await page.keyboard.type('OOMKilled');
			await expect(page.locator('[role="listbox"][data-query="OOMKilled"] .sre-result:not(.sre-result--section)').first()).toHaveAttribute('data-number', String(oom.data.id));
		});
		await flow('?highlight= on a question page', async () => {
			await page.goto(`${pagePath(oom)}?highlight=OOMKilled`);
			await expect(page.locator('main mark').first()).toBeVisible();
		});
		await flow('study: start, show the answer, grade', async () => {
			await page.goto('study/?deck=topic:kubernetes');
			await page.getByRole('button', { name: /^Start studying: \d+ cards?$/ }).click();
			await expect(page.locator('#card-title')).toBeFocused();
			await page.keyboard.press('Space');
			await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
			await page.keyboard.press('2');
			const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('sre:progress')))!);
			expect(Object.keys(saved.cards)).toHaveLength(1);
		});
		await flow('progress import on the study page', async () => {
			await page.goto('study/');
			const notStudied = QUESTIONS.find((q) => !withTopic('kubernetes').includes(q))!;
			const file = emptyProgress(new Date());
			file.cards[notStudied.data.id] = { inDeck: true, changedAt: file.savedAt, lastGrade: null, schedule: null };
			const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import progress…' }).click()]);
			await chooser.setFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(serializeProgress(file)) });
			await expect(page.getByText('Imported: 1 question added.')).toBeVisible();
			await expect(page.locator('[data-stat="inDeck"]')).toHaveText('2');
		});
		await flow('mock interview: begin, answer, next', async () => {
			await page.goto('mock/');
			await page.getByRole('radio', { name: '3 questions' }).check();
			await page.getByRole('button', { name: 'Start the interview' }).click();
			await expect(page.getByRole('timer')).toBeVisible();
			await page.getByRole('button', { name: 'I’m done: show the key points' }).click();
			await page.getByRole('group', { name: 'Tick the key points you covered' }).getByRole('checkbox').first().check();
			await page.getByRole('button', { name: 'Next question' }).click();
			await expect(page.getByText('Question 2 of 3')).toBeVisible();
		});
		await flow('a drill: a typed step, then the debrief', async () => {
			const [drill] = DRILLS;
			await page.goto(`drills/${drill.slug}/`);
			const input = page.getByRole('combobox', { name: 'Your next step' });
			await input.fill(drill.data.actions[0].typed[0]);
			await input.press('Enter');
			await expect(page.locator('.transcript li')).toHaveCount(1);
			await page.getByRole('button', { name: 'End the drill and see the debrief' }).click();
			await expect(page.getByRole('heading', { name: 'Debrief' })).toBeVisible();
		});
		await flow('a worksheet estimate and an own answer', async () => {
			const [worksheet] = WORKSHEETS;
			await page.goto(`worksheets/${worksheet.slug}/`);
			const estimate = page.getByRole('textbox', { name: 'Your estimate' }).first();
			await estimate.fill(String(worksheet.data.steps[0].answer));
			await estimate.press('Enter');
			await expect(page.locator('.verdict').first()).toHaveText(/^Within /);
			await page.goto(pagePath(RICH));
			await page.getByRole('textbox', { name: 'Your answer' }).fill('My answer.');
			await expect(page.locator('.own-answer-status')).toHaveText('Saved.');
		});
		await flow('a /q/N/ short link, which keeps its #section only through its script', async () => {
			await page.goto(`q/${RICH.data.id}/#key-points`);
			await expect(page).toHaveURL(new RegExp(`${BASE_PATH}${pagePath(RICH)}#key-points$`));
		});
		await flow('switching the theme', async () => {
			await chooseTheme(page, 'dark');
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(18, 20, 23)');
		});
		await flow('offline: a saved page and search from the cached index', async () => {
			await waitUntilSavedForOffline(page);
			await page.context().setOffline(true);
			const response = await page.goto(`search/?q=OOMKilled`);
			expect(response?.fromServiceWorker()).toBe(true);
			await expect(page.locator('[role="listbox"] .sre-result:not(.sre-result--section)').first()).toHaveAttribute('data-number', String(oom.data.id));
			await page.context().setOffline(false);
		});

		await test.step('the flows ran under the policy: a script injected into the page is refused', async () => {
			const ran = await page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.injectedScriptRan = true;';
				document.head.append(script);
				return 'injectedScriptRan' in window;
			});
			expect(ran).toBe(false);
			await expect.poll(() => violations.length).toBeGreaterThan(0);
			expect(violations.join('\n')).toMatch(/script-src/);
		});
	});
});
