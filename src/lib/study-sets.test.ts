import { describe, expect, it } from 'vitest';
import { studySets, WHOLE_BANK } from './study-sets';
import { TOPIC_SLUGS } from './taxonomy';
import type { Question } from './question-bank';

const question = (id: number, topics: string[]) => ({ slug: `q${id}`, file: `q${id}.mdx`, data: { id, topics } }) as unknown as Question;
const bank = [question(1, ['on-call', 'alerting']), question(2, ['alerting']), question(3, ['kubernetes'])];

describe('studySets()', () => {
	const sets = studySets(bank);

	it('starts with the whole bank', () => {
		expect(sets[0].slug).toBe(WHOLE_BANK);
		expect(sets[0].questions).toEqual(bank);
	});
	it('offers each topic with questions, in topic order, counting secondary topics', () => {
		expect(sets.slice(1).map((set) => [set.slug, set.questions.map((q) => q.data.id)])).toEqual([
			['alerting', [1, 2]],
			['on-call', [1]],
			['kubernetes', [3]],
		]);
	});
	it('uses a slug no topic has', () => expect(TOPIC_SLUGS).not.toContain(WHOLE_BANK));
});
