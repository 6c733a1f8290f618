import { expect, test } from '@playwright/test';
import { TOPICS, getTopic, kindLabel, levelLabel } from '../../../src/lib/taxonomy';
import { groupByPrimaryTopic, recentlyUpdated } from '../../../src/lib/question-bank';
import { groupByRound } from '../../../src/lib/rounds';
import { countOf } from '../../../src/lib/plural';
import { plainText } from '../../../src/lib/inline-code';
import { BASE_PATH } from '../sites';
import { PAGE_TYPES, QUESTIONS, RICH, pagePath, question, sectionHeadings, withCodeSpans, withKind, withLevel, withTopic } from './fixture-bank';

const neighbour = (offset: number) => QUESTIONS[QUESTIONS.indexOf(RICH) + offset];

test.describe('page types', () => {
	test('home introduces the site, every topic with its count, and a start-here list', async ({ page }) => {
		await page.goto(PAGE_TYPES.home);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('SRE interviews');
		await expect(page.getByRole('heading', { name: 'Start here' })).toBeVisible();
		await expect(page.locator('.topic-grid li')).toHaveCount(TOPICS.length);
		for (const topic of TOPICS) {
			const count = withTopic(topic.slug).length;
			await expect(page.locator('.topic-grid a', { hasText: topic.label })).toContainText(countOf(count, 'question'));
		}
	});

	test('the question list shows every question, grouped by round, then by primary topic', async ({ page }) => {
		await page.goto(PAGE_TYPES.questions);
		await expect(page.locator('.question-item')).toHaveCount(QUESTIONS.length);
		const rounds = groupByRound(QUESTIONS);
		await expect(page.locator('main h2')).toHaveText(rounds.map(({ round }) => round.label));
		await expect(page.getByRole('navigation', { name: 'Rounds' }).getByRole('link')).toHaveText(rounds.map(({ round }) => round.label));
		for (const { round, items } of rounds) {
			const section = page.locator(`section:has(> h2#round-${round.slug})`);
			await expect(section.locator('h3')).toHaveText(groupByPrimaryTopic(items).map(({ topic }) => getTopic(topic).label));
			await expect(section.locator('.question-item')).toHaveCount(items.length);
		}
	});

	test('home maps the interview loop: each round, what it tests, its questions and where to practise', async ({ page }) => {
		await page.goto(PAGE_TYPES.home);
		const rounds = groupByRound(QUESTIONS);
		const cards = page.locator('.loop-map li');
		await expect(cards).toHaveCount(rounds.length);
		for (const [index, { round, items }] of rounds.entries()) {
			const card = cards.nth(index);
			await expect(card.getByRole('heading', { level: 3 })).toHaveText(round.label);
			await expect(card.locator('.count')).toHaveText(countOf(items.length, 'question'));
			await expect(card.getByRole('link', { name: round.practise.label })).toHaveAttribute('href', BASE_PATH + round.practise.path.slice(1));
		}
		await cards.first().getByRole('link', { name: rounds[0].round.label }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}rounds/${rounds[0].round.slug}/$`));
		await expect(page.locator('.question-item')).toHaveCount(rounds[0].items.length);
	});

	test('a question page has its number, chips, answer, key points, senior signals, follow-ups, related and pager', async ({ page }) => {
		const { data, slug } = RICH;
		await page.goto(PAGE_TYPES.question);
		await expect(page.getByText(`Question ${data.id}`, { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(plainText(data.title));
		const chips = page.locator('.question-header .chip-list');
		// A kind and a topic can share a label ("Troubleshooting"), so chips are found by where they lead.
		const chip = (path: string) => chips.locator(`a[href="${BASE_PATH}${path}"]`);
		await expect(chip(`levels/${data.level}/`)).toHaveText(levelLabel(data.level));
		await expect(chip(`kinds/${data.kind}/`)).toHaveText(kindLabel(data.kind));
		for (const topic of data.topics) await expect(chip(`topics/${topic}/`)).toHaveText(getTopic(topic).label);
		await expect(chips.getByRole('link')).toHaveCount(2 + data.topics.length);
		await expect(page.getByRole('heading', { name: 'Common pitfalls' })).toBeVisible();
		await expect(page.locator('.key-points li')).toHaveText(data.keyPoints.map(plainText));
		await expect(page.locator('.senior-signals li')).toHaveText(data.seniorSignals.map(plainText));
		// Code spans in the plain-text fields show as code, not as backticks.
		expect(withCodeSpans(data.keyPoints), 'the fixture question has code in a key point').toBeGreaterThan(0);
		await expect(page.locator('.key-points li:has(code)')).toHaveCount(withCodeSpans(data.keyPoints));
		await expect(page.locator('.follow-up summary:has(code)')).toHaveCount(withCodeSpans(data.followUps.map((followUp) => followUp.question)));
		await expect(page.locator('.related a')).toHaveCount(data.related.length);
		for (const [index, id] of data.related.entries()) {
			await expect(page.locator('.related a').nth(index)).toHaveAttribute('href', `${BASE_PATH}${pagePath(question(id))}`);
		}
		await expect(page.locator('a[rel=prev]')).toContainText(`#${neighbour(-1).data.id}`);
		await expect(page.locator('a[rel=next]')).toContainText(`#${neighbour(1).data.id}`);
		await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', new RegExp(`/edit/main/.*${slug}\\.mdx$`));
		await expect(page.locator('.question-footer time')).toHaveAttribute('datetime', data.updated.toISOString().slice(0, 10));
	});

	test('follow-up answers stay folded until the reader opens them, with and without JavaScript', async ({ browser }) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(PAGE_TYPES.question);
			const followUps = page.locator('.follow-up');
			await expect(followUps).toHaveCount(RICH.data.followUps.length);
			await expect(followUps.locator('summary')).toHaveText(RICH.data.followUps.map((followUp) => plainText(followUp.question)));
			const first = followUps.first();
			await expect(first.locator('.follow-up-answer')).toBeHidden();
			await first.locator('summary').click();
			await expect(first.locator('.follow-up-answer')).toBeVisible();
			await expect(first.locator('.follow-up-answer')).not.toBeEmpty();
			await context.close();
		}
	});

	test('every h2 and h3 of an answer has an id and an anchor link that shows on focus', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		const headings = page.locator('.prose :is(h2, h3)');
		await expect(headings).toHaveText(sectionHeadings(RICH));
		for (const heading of await headings.all()) {
			const id = await heading.getAttribute('id');
			expect(id).toBeTruthy();
			await expect(page.locator(`.heading-wrapper:has(#${id}) > a.anchor-link`)).toHaveAttribute('href', `#${id}`);
		}
		const anchor = page.locator('.prose .anchor-link').first();
		await expect(anchor).toHaveCSS('opacity', '0');
		await anchor.focus();
		await expect(anchor).toHaveCSS('opacity', '1');
	});

	test('links between answers, in the body and in follow-up answers, go straight to the canonical page under the base', async ({ page }) => {
		await page.goto(PAGE_TYPES.question);
		for (const where of ['.prose', '.follow-up-answer']) {
			const links = page.locator(`${where} a[href*="/questions/"]`);
			expect(await links.count(), `links in ${where}`).toBeGreaterThan(0);
			for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
				expect(href).toMatch(new RegExp(`^${BASE_PATH}questions/[a-z0-9-]+/(#.*)?$`));
			}
		}
	});

	test('topic, level, kind and round pages list exactly their questions', async ({ page }) => {
		const listed = () => page.locator('.question-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.id)));
		const ids = (questions: typeof QUESTIONS) => questions.map((q) => q.data.id);
		const topic = RICH.data.topics[0];
		await page.goto(PAGE_TYPES.topic);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(getTopic(topic).label);
		expect(await listed()).toEqual(ids(withTopic(topic)));
		await page.goto(PAGE_TYPES.level);
		expect(await listed()).toEqual(ids(withLevel(RICH.data.level)));
		await page.goto(PAGE_TYPES.kind);
		expect(await listed()).toEqual(ids(withKind(RICH.data.kind)));
		for (const { round, items } of groupByRound(QUESTIONS)) {
			await page.goto(`rounds/${round.slug}/`);
			expect(await listed(), round.slug).toEqual(ids(items));
		}
	});

	test('the stories page lists each story with the questions it answers', async ({ page }) => {
		const told = QUESTIONS.filter((q) => q.data.story);
		await page.goto(PAGE_TYPES.stories);
		const stories = page.locator('.story');
		await expect(stories).toHaveCount(told.length);
		for (const [index, { data, slug }] of told.entries()) {
			const story = stories.nth(index);
			await expect(story.getByRole('heading', { level: 3 })).toHaveText(data.story!.title);
			await expect(story.getByRole('link', { name: `#${data.id} ${data.title}` })).toHaveAttribute('href', `${BASE_PATH}questions/${slug}/`);
			for (const id of data.story!.alsoAnswers) await expect(story.getByRole('link', { name: `#${id}`, exact: true })).toHaveAttribute('href', `${BASE_PATH}q/${id}/`);
		}
		await page.goto(pagePath(told[0]));
		await expect(page.locator('.story-note')).toContainText(told[0].data.story!.title);
	});

	test("What's new lists the latest revisions newest first, grouped by day, and links the feed", async ({ page }) => {
		await page.goto(PAGE_TYPES.home);
		await page.getByRole('contentinfo').getByRole('link', { name: 'What’s new' }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}whats-new/$`));
		const expected = recentlyUpdated(QUESTIONS, 20);
		const listed = await page.locator('.question-item').evaluateAll((items) => items.map((item) => Number((item as HTMLElement).dataset.id)));
		expect(listed).toEqual(expected.map((q) => q.data.id));
		await expect(page.locator('main h2 time').first()).toHaveAttribute('datetime', expected[0].data.updated.toISOString().slice(0, 10));
		await expect(page.getByRole('main').getByRole('link', { name: 'the RSS feed' })).toHaveAttribute('href', `${BASE_PATH}feed.xml`);
	});

	test('the about page explains how to contribute', async ({ page }) => {
		await page.goto(PAGE_TYPES.about);
		await expect(page.getByRole('heading', { name: 'Contributing a question' })).toBeVisible();
	});

	test('an unknown address gets the 404 page with working links', async ({ page }) => {
		const response = await page.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await page.getByRole('link', { name: 'All questions' }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/$`));
	});
});

test.describe('permalinks', () => {
	test('/q/<id>/ reaches the canonical page of every question', async ({ page }) => {
		for (const { data, slug } of QUESTIONS) {
			await page.goto(`q/${data.id}/`);
			await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/${slug}/$`));
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.at(-1)!.data.title);
	});

	test('a short link keeps its #section', async ({ page }) => {
		await page.goto(`q/${RICH.data.id}/#key-points`);
		await expect(page).toHaveURL(new RegExp(`${RICH.slug}/#key-points$`));
	});

	test('a redirect page works without JavaScript and declares the canonical URL', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.request.get(`q/${RICH.data.id}/`);
		expect(await response.text()).toContain(`<link rel="canonical" href="https://example.github.io${BASE_PATH}questions/${RICH.slug}/">`);
		await page.goto(`q/${RICH.data.id}/`);
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/${RICH.slug}/$`));
		await context.close();
	});

	test('an alias slug redirects to the current page', async ({ page }) => {
		await page.goto(`questions/${RICH.data.aliases[0]}/`);
		await expect(page).toHaveURL(new RegExp(`${BASE_PATH}questions/${RICH.slug}/$`));
	});
});
