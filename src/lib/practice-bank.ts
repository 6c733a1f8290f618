/**
 * The drills and worksheets as a set: the checks that span files (unique ids, questions that
 * exist) and which of them practise a given question. Pure; `practice.ts` loads the collections.
 */
import type { DrillData } from './drill-schema';
import { slugFromFile } from './question-bank';
import type { WorksheetData } from './worksheet-schema';

export interface PracticeFile<Data> {
	slug: string;
	/** Path of the content file, for error messages. */
	file: string;
	data: Data;
}
export type Drill = PracticeFile<DrillData>;
export type Worksheet = PracticeFile<WorksheetData>;

export function practiceFile<Data>(file: string, data: Data): PracticeFile<Data> {
	return { slug: slugFromFile(file), file, data };
}

function duplicateIds(files: readonly PracticeFile<{ id: number }>[]): string[] {
	const firstFile = new Map<number, string>();
	return files.flatMap(({ file, data }) => {
		const other = firstFile.get(data.id);
		if (!other) firstFile.set(data.id, file);
		return other ? [`${file}: id ${data.id} is already used by ${other}`] : [];
	});
}

/** Every problem across the files, each naming the file and field; empty when all is well. */
export function findPracticeErrors(drills: readonly Drill[], worksheets: readonly Worksheet[], questionIds: ReadonlySet<number>): string[] {
	return [
		...duplicateIds(drills),
		...duplicateIds(worksheets),
		...drills.flatMap(({ file, data }) =>
			data.related.flatMap((id, index) => (questionIds.has(id) ? [] : [`${file}: related[${index}] names question ${id}, which is not in the bank`])),
		),
		...worksheets.flatMap(({ file, data }) => (questionIds.has(data.question) ? [] : [`${file}: question names question ${data.question}, which is not in the bank`])),
	];
}

export const byPracticeId = <T extends PracticeFile<{ id: number }>>(files: readonly T[]): T[] => [...files].sort((a, b) => a.data.id - b.data.id);

/** The drills that practise question `id`. */
export const drillsFor = (drills: readonly Drill[], id: number): Drill[] => drills.filter((drill) => drill.data.related.includes(id));

/** The worksheets that practise question `id`. */
export const worksheetsFor = (worksheets: readonly Worksheet[], id: number): Worksheet[] => worksheets.filter((worksheet) => worksheet.data.question === id);
