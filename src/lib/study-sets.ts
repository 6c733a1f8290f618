/**
 * The sets of questions the take-away formats (Anki decks, print sheets) are offered in: the whole
 * bank, then each topic that has questions, in the fixed topic order.
 */
import { withTopic, type Question } from './question-bank';
import { TOPICS } from './taxonomy';

/** Slug of the set that holds every question; no topic can take it. */
export const WHOLE_BANK = 'all';

export interface StudySet<T extends Question> {
	/** `all` for the whole bank, otherwise the topic's slug. */
	slug: string;
	label: string;
	questions: T[];
}

/** The whole bank first, then one set per topic with at least one question (any of its topics). */
export function studySets<T extends Question>(sorted: readonly T[]): StudySet<T>[] {
	const topicSets = TOPICS.map((topic) => ({ slug: topic.slug, label: topic.label, questions: withTopic(sorted, topic.slug) }));
	return [{ slug: WHOLE_BANK, label: 'All questions', questions: [...sorted] }, ...topicSets.filter((set) => set.questions.length > 0)];
}
