import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { drillSchema } from './lib/drill-schema';
import { questionSchema } from './lib/question-schema';
import { worksheetSchema } from './lib/worksheet-schema';
import { DRILLS_DIR, QUESTIONS_DIR, WORKSHEETS_DIR } from './integrations/content-dir';

const questions = defineCollection({
	loader: glob({ base: QUESTIONS_DIR, pattern: '**/*.mdx' }),
	schema: questionSchema,
});

const drills = defineCollection({
	loader: glob({ base: DRILLS_DIR, pattern: '*.mdx' }),
	schema: drillSchema,
});

const worksheets = defineCollection({
	loader: glob({ base: WORKSHEETS_DIR, pattern: '*.mdx' }),
	schema: worksheetSchema,
});

export const collections = { questions, drills, worksheets };
