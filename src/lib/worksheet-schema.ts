/**
 * The frontmatter contract of an estimation worksheet (`content/worksheets/<slug>.mdx`) for a
 * large-system-design question: the prompt, the figures given, then the figures to estimate in
 * order, each with its worked value, how far off still counts as right, and the arithmetic. The
 * Markdown body says how to take the numbers from one machine to a fleet, shown after the steps.
 */
import { z } from 'astro/zod';
import { LEVELS } from './taxonomy';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

const stepSchema = z
	.object({
		/** Stable name of the step, unique in the worksheet; saved answers refer to it. */
		id: kebab,
		/** The figure to estimate: "Peak reads per second". */
		label: nonEmptyText,
		/** Its unit, shown beside the input: "reads/s", "TB", "machines". */
		unit: nonEmptyText,
		/** The worked value. */
		answer: z.number().positive(),
		/**
		 * How far off still counts as right, as a factor: 2 accepts half to double the worked value.
		 * Order of magnitude matters in these rounds; exact digits do not.
		 */
		tolerance: z.number().min(1.1).max(10).default(2),
		/** Markdown, one or two lines: the worked arithmetic, with the figures it uses. */
		work: nonEmptyText,
	})
	.strict();

export const worksheetSchema = z
	.object({
		/** Permanent number of the worksheet. Never reuse or change it. */
		id: z.number().int().positive(),
		title: nonEmptyText,
		summary: nonEmptyText.max(200, 'must be at most 200 characters'),
		level: z.enum(LEVELS),
		/** The large-system-design question it practises; that page links here. */
		question: z.number().int().positive(),
		/** Markdown: the design prompt as the interviewer states it. */
		prompt: nonEmptyText,
		/** The figures the interviewer gives (or the candidate states as assumptions), one per item. */
		givens: z.array(nonEmptyText).min(2, 'needs at least 2 givens'),
		steps: z.array(stepSchema).min(4, 'needs at least 4 steps').max(12, 'allows at most 12 steps'),
		updated: z.coerce.date(),
	})
	.strict()
	.superRefine((worksheet, context) => {
		const ids = worksheet.steps.map((step) => step.id);
		ids.forEach((id, index) => {
			if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `repeats the step id "${id}"` });
		});
	});

export type WorksheetData = z.infer<typeof worksheetSchema>;
export type WorksheetStep = WorksheetData['steps'][number];
