import { describe, expect, it } from 'vitest';
import type { DrillData } from './drill-schema';
import { drillsFor, findPracticeErrors, practiceFile, worksheetsFor } from './practice-bank';
import type { WorksheetData } from './worksheet-schema';

const drill = (file: string, id: number, related: number[]) => practiceFile(file, { id, related } as DrillData);
const worksheet = (file: string, id: number, question: number) => practiceFile(file, { id, question } as WorksheetData);

describe('findPracticeErrors()', () => {
	it('names the file and field of each problem', () => {
		expect(
			findPracticeErrors([drill('drills/a.mdx', 1, [1, 2]), drill('drills/b.mdx', 1, [99])], [worksheet('worksheets/c.mdx', 1, 77)], new Set([1, 2])),
		).toEqual([
			'drills/b.mdx: id 1 is already used by drills/a.mdx',
			'drills/b.mdx: related[0] names question 99, which is not in the bank',
			'worksheets/c.mdx: question names question 77, which is not in the bank',
		]);
	});
	it('finds nothing wrong with a sound set', () => expect(findPracticeErrors([drill('a.mdx', 1, [1])], [worksheet('b.mdx', 1, 1)], new Set([1]))).toEqual([]));
});

describe('what practises a question', () => {
	const drills = [drill('a.mdx', 1, [1, 2]), drill('b.mdx', 2, [2])];
	it('finds drills by their related questions', () => expect(drillsFor(drills, 2).map((d) => d.slug)).toEqual(['a', 'b']));
	it('finds worksheets by their question', () => expect(worksheetsFor([worksheet('w.mdx', 1, 5)], 5).map((w) => w.slug)).toEqual(['w']));
});
