import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { questionSchema } from './lib/question-schema';
import { QUESTIONS_DIR } from './integrations/content-dir';

const questions = defineCollection({
	loader: glob({ base: QUESTIONS_DIR, pattern: '**/*.mdx' }),
	schema: questionSchema,
});

export const collections = { questions };
