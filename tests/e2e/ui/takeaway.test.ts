import { expect, test, type Page } from '@playwright/test';
import { plainText } from '../../../src/lib/inline-code';
import { htmlErrors, readAnkiImport } from '../../support/anki-import';
import { BASE_PATH, SITE_URL as SITE } from '../sites';
import { studySets } from '../../../src/lib/study-sets';
import { pagePath, QUESTIONS, RICH } from './fixture-bank';

/** Whitespace collapsed and code spans' backticks dropped, so page text compares with its Markdown source. */
const plain = (text: string) => plainText(text).replace(/\s+/g, ' ').trim();

const decodeHtml = (html: string) =>
	html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Ids of the questions a list page shows, in order. */
const listedIds = (page: Page) => page.locator('.question-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.id)));

const ALL_IDS = QUESTIONS.map((q) => q.data.id);

test.describe('Anki decks', () => {
	test('the whole-bank deck imports as one well-formed note per question', async ({ request, page }) => {
		const response = await request.get('downloads/anki/all.txt');
		expect(response.headers()['content-type']).toContain('text/plain');
		const { header, rows } = readAnkiImport(await response.text());
		expect(Object.fromEntries(header)).toMatchObject({ separator: 'tab', html: 'true', 'guid column': '1', 'tags column': '4' });
		expect(rows.map((row) => row.length)).toEqual(ALL_IDS.map(() => 4));
		expect(rows.map(([guid]) => Number(guid.replace('sre-prep-q', ''))).sort((a, b) => a - b)).toEqual(ALL_IDS);

		const invalid: string[] = [];
		for (const [guid, front, back, tags] of rows) {
			for (const [name, html] of [['front', front], ['back', back]]) for (const error of await htmlErrors(html)) invalid.push(`${guid} ${name}: ${error}`);
			const id = guid.replace('sre-prep-q', '');
			expect(back, guid).toContain(`<a href="${SITE}${BASE_PATH}q/${id}/">`);
			expect(back, guid).toMatch(/^<p>.+<\/p><p><strong>Key points<\/strong><\/p><ul>(<li>.+?<\/li>){3,8}<\/ul>/);
			expect(back, `${guid} links only to absolute URLs`).not.toMatch(/href="\//);
			expect(tags.split(' '), guid).toEqual(expect.arrayContaining(['sre-prep', expect.stringMatching(/^sre-prep::level::(junior|mid|senior|staff)$/), expect.stringMatching(/^sre-prep::topic::/)]));
		}
		expect(invalid).toEqual([]);

		const { data } = RICH;
		const [, front, back, tags] = rows.find(([guid]) => guid === `sre-prep-q${data.id}`)!;
		await page.goto(pagePath(RICH));
		expect(decodeHtml(front)).toBe((await page.getByRole('heading', { level: 1 }).textContent())!.trim());
		expect(back).toContain('<p><strong>What a senior answer adds</strong></p>');
		expect(tags.split(' ')).toEqual(['sre-prep', ...data.topics.map((topic) => `sre-prep::topic::${topic}`), `sre-prep::level::${data.level}`, `sre-prep::kind::${data.kind}`]);
	});

	test('a topic deck holds exactly the questions of its topic page', async ({ request, page }) => {
		const topic = RICH.data.topics[0];
		const { rows } = readAnkiImport(await (await request.get(`downloads/anki/${topic}.txt`)).text());
		await page.goto(`topics/${topic}/`);
		expect(rows.map(([guid]) => Number(guid.replace('sre-prep-q', '')))).toEqual(await listedIds(page));
	});

	test('the "Take it with you" page offers every deck as a download that exists', async ({ page, request }) => {
		await page.goto('downloads/');
		const decks = page.locator('a[href$=".txt"]');
		// The whole bank, then every topic that has a question.
		await expect(decks).toHaveCount(studySets(QUESTIONS).length);
		for (const link of await decks.all()) {
			await expect(link).toHaveAttribute('download', /^sre-prep-anki(-[a-z-]+)?\.txt$/);
			const href = (await link.getAttribute('href'))!;
			expect(href.startsWith(`${BASE_PATH}downloads/anki/`), href).toBe(true);
			expect((await request.get(href)).ok(), href).toBe(true);
		}
	});
});

test.describe('Markdown downloads', () => {
	test.use({ javaScriptEnabled: false });

	test('a question page links its Markdown file, which downloads under the slug', async ({ page }) => {
		await page.goto(pagePath(RICH));
		const link = page.getByRole('link', { name: 'Download as Markdown' });
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', `${BASE_PATH}questions/${RICH.slug}.md`);
		const download = page.waitForEvent('download');
		await link.click();
		expect((await download).suggestedFilename()).toBe(`${RICH.slug}.md`);
	});

	test('every question\'s Markdown file matches its page', async ({ page, request }) => {
		test.setTimeout(120_000);
		await page.goto('questions/');
		const paths = await page.locator('.question-item .title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(paths).toHaveLength(QUESTIONS.length);
		for (const path of paths) {
			const markdown = await (await request.get(path.replace(/\/$/, '.md'))).text();
			await page.goto(path);
			const onPage = {
				title: await page.getByRole('heading', { level: 1 }).innerText(),
				summary: await page.locator('.question-header .summary').innerText(),
				sections: await page.locator('.prose h2').allInnerTexts(),
				keyPoints: await page.locator('.key-points li').allInnerTexts(),
				seniorSignals: await page.locator('.senior-signals li').allInnerTexts(),
				followUps: await page.locator('.follow-up summary').allInnerTexts(),
				permalink: await page.locator('.question-footer a').first().innerText(),
			};
			const [, answer] = markdown.split(/^> .*$/m);
			const [body, keyPoints, seniorSignals, followUps] = answer.split(/^## (?:Key points|What a senior answer adds|Likely follow-ups)$/m);
			const bullets = (text: string) => [...text.matchAll(/^- (.+)$/gm)].map((match) => match[1]);
			const inFile = {
				title: /^# (.+)$/m.exec(markdown)?.[1],
				summary: /^> (.+)$/m.exec(markdown)?.[1],
				sections: [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]),
				keyPoints: bullets(keyPoints),
				seniorSignals: bullets(seniorSignals),
				followUps: [...followUps.matchAll(/^### (.+)$/gm)].map((match) => match[1]),
				permalink: /<(https:[^>]+)>\n$/.exec(markdown)?.[1],
			};
			const normalise = (value: Record<string, string | string[] | undefined>) =>
				Object.fromEntries(Object.entries(value).map(([key, text]) => [key, Array.isArray(text) ? text.map(plain) : plain(text ?? '')]));
			expect(normalise(inFile), path).toEqual(normalise(onPage));
			expect(body, `${path} links between answers point back to the site`).not.toMatch(/\]\(\/q\//);
		}
	});
});

test.describe('print sheets', () => {
	test('the whole-bank sheet has every question once, with its opening answer and key points', async ({ page }) => {
		await page.goto('print/');
		expect((await listedSheetIds(page)).sort((a, b) => a - b)).toEqual(ALL_IDS);
		for (const item of await page.locator('.sheet-item').all()) {
			await expect(item.locator('.opening p').first()).not.toBeEmpty();
			expect(await item.locator('.key-points li').count()).toBeGreaterThanOrEqual(3);
		}
		const keyPoints = await page.locator(`.sheet-item[data-question-id="${RICH.data.id}"] .key-points li`).allInnerTexts();
		await page.goto(pagePath(RICH));
		expect(keyPoints).toEqual(await page.locator('.key-points li').allInnerTexts());
	});

	test('a topic sheet has exactly the questions of its topic page', async ({ page }) => {
		const topic = RICH.data.topics[0];
		await page.goto(`print/${topic}/`);
		const onSheet = await listedSheetIds(page);
		await page.goto(`topics/${topic}/`);
		expect(onSheet).toEqual(await listedIds(page));
	});

	test('an answer prints dark on white in either theme, its code too', async ({ page }) => {
		for (const theme of ['light', 'dark']) {
			await page.emulateMedia({ media: 'screen', colorScheme: theme as 'light' | 'dark' });
			await page.goto(pagePath(RICH));
			await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
			await page.emulateMedia({ media: 'print' });
			for (const selector of ['.prose p', '.prose pre code span', 'h1']) {
				const color = await page.locator(selector).first().evaluate((element) => getComputedStyle(element).color);
				expect(contrastOnWhite(color), `${selector} in the ${theme} theme prints as ${color}`).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	test('on paper the sheet drops the site chrome and sets two columns', async ({ page }) => {
		await page.goto('print/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await expect(page.locator('.sheet-help')).toBeHidden();
		await expect(page.locator('.sheet-body')).toHaveCSS('column-count', '2');
		await expect(page.locator('.sheet-item').first()).toHaveCSS('break-inside', 'avoid');
	});
});

/** WCAG contrast ratio of a computed `rgb(…)` colour on white paper. */
function contrastOnWhite(color: string): number {
	const [red, green, blue] = color.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
		const value = Number(channel) / 255;
		return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
	});
	return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05);
}

function listedSheetIds(page: Page) {
	return page.locator('.sheet-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.questionId)));
}
