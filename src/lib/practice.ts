/**
 * The one place pages get drills and worksheets from: loads both collections once, checks them
 * against each other and the question bank, and fails the build with every problem by file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getQuestions } from './content';
import { byPracticeId, findPracticeErrors, practiceFile, type Drill, type Worksheet } from './practice-bank';

export type DrillWithEntry = Drill & { entry: CollectionEntry<'drills'> };
export type WorksheetWithEntry = Worksheet & { entry: CollectionEntry<'worksheets'> };

export interface PracticeWithEntries {
	drills: DrillWithEntry[];
	worksheets: WorksheetWithEntry[];
}

let practice: Promise<PracticeWithEntries> | undefined;

async function loadPractice(): Promise<PracticeWithEntries> {
	const [drillEntries, worksheetEntries, questions] = await Promise.all([getCollection('drills'), getCollection('worksheets'), getQuestions()]);
	const drills = drillEntries.map((entry) => ({ ...practiceFile(entry.filePath ?? entry.id, entry.data), entry }));
	const worksheets = worksheetEntries.map((entry) => ({ ...practiceFile(entry.filePath ?? entry.id, entry.data), entry }));
	const errors = findPracticeErrors(drills, worksheets, new Set(questions.map((question) => question.data.id)));
	if (errors.length > 0) throw new Error(`The drills and worksheets have ${errors.length} problem(s):\n${errors.join('\n')}`);
	return { drills: byPracticeId(drills), worksheets: byPracticeId(worksheets) };
}

/** Every drill and worksheet, checked, in id order. */
export function getPractice(): Promise<PracticeWithEntries> {
	practice ??= loadPractice();
	return practice;
}
