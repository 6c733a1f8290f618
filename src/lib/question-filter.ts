/**
 * The topic/level/kind filter of the question list, as a value that round-trips through the URL
 * (`?topic=alerting&level=senior`). Pure, so the list script and the tests share it.
 */
import { FACETS, KINDS, LEVELS, TOPIC_SLUGS, type Kind, type Level, type TopicSlug } from './taxonomy';

export interface QuestionFilter {
	topic?: TopicSlug;
	level?: Level;
	kind?: Kind;
}

/** What the filter needs to know about a question. */
export interface FilterableQuestion {
	topics: readonly string[];
	level: string;
	kind: string;
}

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
	allowed.includes(value as T) ? (value as T) : undefined;

/** Reads a filter from URL parameters, ignoring unknown values rather than failing. */
export function parseFilter(params: URLSearchParams): QuestionFilter {
	return {
		topic: pick(TOPIC_SLUGS, params.get('topic')),
		level: pick(LEVELS, params.get('level')),
		kind: pick(KINDS, params.get('kind')),
	};
}

/** Writes a filter back into URL parameters, dropping empty fields so URLs stay short. */
export function filterToParams(filter: QuestionFilter): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of FACETS) {
		const value = filter[key];
		if (value) params.set(key, value);
	}
	return params;
}

export function matchesFilter(question: FilterableQuestion, filter: QuestionFilter): boolean {
	return (
		(!filter.topic || question.topics.includes(filter.topic)) &&
		(!filter.level || question.level === filter.level) &&
		(!filter.kind || question.kind === filter.kind)
	);
}
