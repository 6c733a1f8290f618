/**
 * Rules that need the whole question bank at once (the per-file rules are in `question-schema.ts`),
 * plus the orderings and groupings the pages share. Pure: takes entries, returns values.
 */
import { linkedIds } from './answer-text';
import type { QuestionData } from './question-schema';
import { TOPICS, type TopicSlug } from './taxonomy';

/** A validated question: its frontmatter, its slug (the file name) and the file it came from. */
export interface Question {
	slug: string;
	file: string;
	data: QuestionData;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a question file: its name without folder or extension. */
export function slugFromFile(file: string): string {
	return file.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
}

/**
 * Every cross-file problem in the bank, each naming the file and the field:
 * bad or duplicate slugs, duplicate ids, aliases that collide, and ids that do not exist in
 * `related`, in a story's `alsoAnswers`, or in a short link inside a follow-up answer. (Short links
 * in the body are checked as the body is rendered, see remark-question-links.ts.)
 */
export function findBankErrors(questions: readonly Question[]): string[] {
	const errors: string[] = [];
	const fileById = new Map<number, string>();
	const fileBySlug = new Map<string, string>();

	for (const { slug, file, data } of questions) {
		if (!SLUG_PATTERN.test(slug)) errors.push(`${file}: file name "${slug}" must be lowercase kebab-case (it is the URL slug)`);
		const sameId = fileById.get(data.id);
		if (sameId) errors.push(`${file}: id ${data.id} is already used by ${sameId}`);
		else fileById.set(data.id, file);
		const sameSlug = fileBySlug.get(slug);
		if (sameSlug) errors.push(`${file}: slug "${slug}" is already used by ${sameSlug}`);
		else fileBySlug.set(slug, file);
	}

	for (const { file, data } of questions) {
		for (const alias of data.aliases) {
			const owner = fileBySlug.get(alias);
			if (owner) errors.push(`${file}: aliases entry "${alias}" is already the slug or an alias of ${owner}`);
			else fileBySlug.set(alias, file);
		}
		for (const relatedId of data.related) {
			if (relatedId === data.id) errors.push(`${file}: related lists the question's own id ${relatedId}`);
			else if (!fileById.has(relatedId)) errors.push(`${file}: related lists id ${relatedId} but no question has that id`);
		}
		for (const otherId of data.story?.alsoAnswers ?? []) {
			if (!fileById.has(otherId)) errors.push(`${file}: story.alsoAnswers lists id ${otherId} but no question has that id`);
		}
		data.followUps.forEach(({ answer }, index) => {
			for (const linkedId of linkedIds(answer)) {
				if (!fileById.has(linkedId)) errors.push(`${file}: followUps.${index}.answer links to /q/${linkedId}/ but no question has id ${linkedId}`);
			}
		});
	}
	return errors;
}

/** Questions in permalink order. */
export function sortById<T extends Question>(questions: readonly T[]): T[] {
	return [...questions].sort((a, b) => a.data.id - b.data.id);
}

/** The questions before and after `id` in permalink order, for previous/next links. */
export function neighbours<T extends Question>(sorted: readonly T[], id: number): { previous?: T; next?: T } {
	const index = sorted.findIndex((question) => question.data.id === id);
	return { previous: sorted[index - 1], next: index >= 0 ? sorted[index + 1] : undefined };
}

/** The questions tagged with a topic (primary or not), in permalink order. */
export function withTopic<T extends Question>(sorted: readonly T[], topic: TopicSlug): T[] {
	return sorted.filter((question) => question.data.topics.includes(topic));
}

/** Groups questions by their primary (first) topic, in the fixed topic order, skipping empty topics. */
export function groupByPrimaryTopic<T extends Question>(sorted: readonly T[]): { topic: TopicSlug; questions: T[] }[] {
	return TOPICS.map(({ slug }) => ({ topic: slug, questions: sorted.filter((q) => q.data.topics[0] === slug) })).filter(
		(group) => group.questions.length > 0,
	);
}

/** How many questions carry each topic. */
export function countByTopic(questions: readonly Question[]): Map<TopicSlug, number> {
	const counts = new Map<TopicSlug, number>(TOPICS.map(({ slug }) => [slug, 0]));
	for (const question of questions) for (const topic of question.data.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
	return counts;
}

/** Resolves ids to questions, dropping none: callers pass ids that `findBankErrors` has checked. */
export function byIds<T extends Question>(sorted: readonly T[], ids: readonly number[]): T[] {
	return ids.flatMap((id) => sorted.filter((question) => question.data.id === id));
}

/** The most recently revised questions first (by `updated`, newest id first on the same day), at most `limit`. */
export function recentlyUpdated<T extends Question>(questions: readonly T[], limit = Infinity): T[] {
	return [...questions].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || b.data.id - a.data.id).slice(0, limit);
}
