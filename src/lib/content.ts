/**
 * The one place pages get questions from: loads the collection once, applies the cross-file
 * checks of `question-bank.ts`, and fails the build with every problem listed by file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findBankErrors, slugFromFile, sortById, type Question } from './question-bank';

export interface QuestionWithEntry extends Question {
	entry: CollectionEntry<'questions'>;
}

let bank: Promise<QuestionWithEntry[]> | undefined;

async function loadBank(): Promise<QuestionWithEntry[]> {
	const entries = await getCollection('questions');
	const questions = entries.map((entry) => {
		const file = entry.filePath ?? entry.id;
		return { slug: slugFromFile(file), file, data: entry.data, entry };
	});
	const errors = findBankErrors(questions);
	if (errors.length > 0) throw new Error(`The question bank has ${errors.length} problem(s):\n${errors.join('\n')}`);
	return sortById(questions);
}

/** Every question, validated, in permalink order. */
export function getQuestions(): Promise<QuestionWithEntry[]> {
	bank ??= loadBank();
	return bank;
}
