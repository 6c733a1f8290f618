/**
 * The frontmatter contract of a question file. Astro validates every file in `content/questions/`
 * against it and reports the file and field of any violation. Cross-file rules (unique ids, slugs
 * and aliases, links that resolve) need the whole bank and live in `question-bank.ts`.
 */
import { z } from 'astro/zod';
import { KINDS, LEVELS, TOPIC_SLUGS } from './taxonomy';

/** Longest allowed one-sentence summary; it is also the page description and link preview. */
export const SUMMARY_MAX_LENGTH = 200;

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const followUpSchema = z
	.object({
		/** The follow-up as the interviewer asks it. */
		question: nonEmptyText,
		/** A model answer in Markdown: specific and correct, 2-5 sentences or a short list. */
		answer: nonEmptyText,
	})
	.strict();

const storySchema = z
	.object({
		title: nonEmptyText,
		core: nonEmptyText,
		alsoAnswers: z.array(z.number().int().positive()).default([]),
	})
	.strict();

export const questionSchema = z
	.object({
		/** Permanent number of the question; also its short permalink `/q/<id>/`. Never reuse or change it. */
		id: z.number().int().positive(),
		/** The question as an interviewer would ask it. */
		title: nonEmptyText,
		/** The one-sentence takeaway, at most 200 characters. */
		summary: nonEmptyText.max(SUMMARY_MAX_LENGTH, `must be at most ${SUMMARY_MAX_LENGTH} characters`),
		/** One to three topics from the fixed list in `taxonomy.ts`; the first is the primary topic. */
		topics: z
			.array(z.enum(TOPIC_SLUGS))
			.min(1, 'needs at least one topic')
			.max(3, 'allows at most three topics')
			.refine((topics) => new Set(topics).size === topics.length, 'must not repeat a topic'),
		/** Seniority the question is typically asked at. */
		level: z.enum(LEVELS),
		/** The shape of the question. */
		kind: z.enum(KINDS),
		/** What a strong answer must cover: 3 to 8 short points, rendered as a self-check. */
		keyPoints: z.array(nonEmptyText).min(3, 'needs at least 3 key points').max(8, 'allows at most 8 key points'),
		/**
		 * Questions an interviewer is likely to ask next, 2 to 5, each with a model answer in Markdown
		 * (2-5 sentences or a short list). Pages hide the answer until the reader opens it.
		 */
		followUps: z
			.array(followUpSchema)
			.min(2, 'needs at least 2 follow-ups')
			.max(5, 'allows at most 5 follow-ups'),
		/** What a senior or staff answer adds over a mid-level one: 2 to 4 short points the panel listens for. */
		seniorSignals: z
			.array(nonEmptyText)
			.min(2, 'needs at least 2 senior signals')
			.max(4, 'allows at most 4 senior signals'),
		/**
		 * The story a story-based answer tells, for the stories page: a short title, its causal core in
		 * one line (no two answers may share one), and other questions the same story can answer.
		 */
		story: storySchema.optional(),
		/** Ids of related questions. Defaults to none. */
		related: z.array(z.number().int().positive()).default([]),
		/** Older slugs of this question that must keep redirecting to it. Defaults to none. */
		aliases: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case')).default([]),
		/** Search terms readers type that the title does not contain: abbreviations and synonyms. */
		keywords: z.array(nonEmptyText).default([]),
		/** Date the answer was last revised in substance. */
		updated: z.coerce.date(),
	})
	.strict();

export type QuestionData = z.infer<typeof questionSchema>;
export type FollowUp = QuestionData['followUps'][number];
export type Story = NonNullable<QuestionData['story']>;
