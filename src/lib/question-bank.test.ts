import { describe, expect, it } from 'vitest';
import { byIds, countByTopic, recentlyUpdated, findBankErrors, groupByPrimaryTopic, neighbours, slugFromFile, sortById, withTopic, type Question } from './question-bank';
import { questionSchema } from './question-schema';

function question(id: number, slug: string, extra: Record<string, unknown> = {}): Question {
	const data = questionSchema.parse({
		id,
		title: `Question ${id}`,
		summary: 's',
		topics: ['alerting'],
		level: 'mid',
		kind: 'technical',
		keyPoints: ['a', 'b', 'c'],
		followUps: [{ question: 'x', answer: 'Answer to x' }, { question: 'y', answer: 'Answer to y' }],
		seniorSignals: ['Names the cost', 'Changes the policy'],
		updated: '2026-01-01',
		...extra,
	});
	return { slug, file: `content/questions/${slug}.mdx`, data };
}

describe('slugFromFile()', () => {
	it('takes the file name without folder and extension', () => {
		expect(slugFromFile('content/questions/sub/pod-restarts.mdx')).toBe('pod-restarts');
	});
});

describe('findBankErrors()', () => {
	it('names the field of an id that does not exist in a story or a follow-up answer', () => {
		const followUps = [{ question: 'x?', answer: 'See [this](/q/1/) and [that](/q/9/).' }, { question: 'y?', answer: 'No link.' }];
		expect(findBankErrors([question(1, 'a', { followUps, story: { title: 'T', core: 'C', alsoAnswers: [1, 8] } })])).toEqual([
			'content/questions/a.mdx: story.alsoAnswers lists id 8 but no question has that id',
			'content/questions/a.mdx: followUps.0.answer links to /q/9/ but no question has id 9',
		]);
	});

	it('accepts a consistent bank', () => {
		expect(findBankErrors([question(1, 'a', { related: [2] }), question(2, 'b', { aliases: ['old-b'] })])).toEqual([]);
	});
	it('names both files of a duplicate id', () => {
		expect(findBankErrors([question(1, 'a'), question(1, 'b')])).toEqual(['content/questions/b.mdx: id 1 is already used by content/questions/a.mdx']);
	});
	it('reports a duplicate slug', () => {
		const dup = { ...question(2, 'a'), file: 'content/questions/sub/a.mdx' };
		expect(findBankErrors([question(1, 'a'), dup])).toEqual(['content/questions/sub/a.mdx: slug "a" is already used by content/questions/a.mdx']);
	});
	it('reports an alias that collides with a slug or another alias', () => {
		expect(findBankErrors([question(1, 'a'), question(2, 'b', { aliases: ['a'] })])).toEqual([
			'content/questions/b.mdx: aliases entry "a" is already the slug or an alias of content/questions/a.mdx',
		]);
		expect(findBankErrors([question(1, 'a', { aliases: ['x'] }), question(2, 'b', { aliases: ['x'] })])).toEqual([
			'content/questions/b.mdx: aliases entry "x" is already the slug or an alias of content/questions/a.mdx',
		]);
	});
	it('reports related ids that do not exist or point at the question itself', () => {
		expect(findBankErrors([question(1, 'a', { related: [1, 9] })])).toEqual([
			'content/questions/a.mdx: related lists the question\'s own id 1',
			'content/questions/a.mdx: related lists id 9 but no question has that id',
		]);
	});
	it('reports a file name that is not a valid slug', () => {
		expect(findBankErrors([question(1, 'Bad_Name')])).toEqual([
			'content/questions/Bad_Name.mdx: file name "Bad_Name" must be lowercase kebab-case (it is the URL slug)',
		]);
	});
});

describe('ordering and grouping', () => {
	const bank = sortById([question(3, 'c', { topics: ['on-call', 'alerting'] }), question(1, 'a'), question(2, 'b', { topics: ['capacity'] })]);

	it('sorts by id', () => expect(bank.map((q) => q.data.id)).toEqual([1, 2, 3]));
	it('finds neighbours', () => {
		expect(neighbours(bank, 2)).toEqual({ previous: bank[0], next: bank[2] });
		expect(neighbours(bank, 1).previous).toBeUndefined();
		expect(neighbours(bank, 3).next).toBeUndefined();
	});
	it('selects by any topic', () => expect(withTopic(bank, 'alerting').map((q) => q.data.id)).toEqual([1, 3]));
	it('groups by primary topic in topic order', () => {
		expect(groupByPrimaryTopic(bank).map((g) => [g.topic, g.questions.map((q) => q.data.id)])).toEqual([
			['alerting', [1]],
			['on-call', [3]],
			['capacity', [2]],
		]);
	});
	it('counts every topic a question carries', () => {
		const counts = countByTopic(bank);
		expect(counts.get('alerting')).toBe(2);
		expect(counts.get('security')).toBe(0);
	});
	it('resolves ids in the order given', () => expect(byIds(bank, [3, 1]).map((q) => q.data.id)).toEqual([3, 1]));
});

describe('recentlyUpdated()', () => {
	it('puts the newest revision first, newest id first on the same day, and keeps at most the limit', () => {
		const bank = [question(1, 'a', { updated: '2026-01-01' }), question(2, 'b', { updated: '2026-03-01' }), question(3, 'c', { updated: '2026-03-01' })];
		expect(recentlyUpdated(bank).map((q) => q.data.id)).toEqual([3, 2, 1]);
		expect(recentlyUpdated(bank, 2).map((q) => q.data.id)).toEqual([3, 2]);
	});
});
