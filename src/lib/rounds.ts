/**
 * The rounds of an SRE interview loop, and which round each question prepares for. The question
 * list, the round pages and the home page's map of the loop all read from here. A question's round
 * follows from its kind first (a troubleshooting question is practised in the troubleshooting
 * round whatever its topic), then from its primary topic. Ships to the browser: no Node APIs.
 */
import type { QuestionData } from './question-schema';
import type { Kind, TopicSlug } from './taxonomy';

export interface Round {
	slug: string;
	label: string;
	/** What the round tests, in one sentence, for the map of the loop. */
	tests: string;
	/** Where to practise it beyond reading: a path under the base and what it is. */
	practise: { path: string; label: string };
}

export const ROUNDS = [
	{
		slug: 'linux',
		label: 'Linux & OS',
		tests: 'How processes, memory, files and I/O really work, and the commands that show it on a live host.',
		practise: { path: '/study/?deck=topic:linux', label: 'Flashcards: Linux' },
	},
	{
		slug: 'networking',
		label: 'Networking',
		tests: 'TCP, DNS, TLS, HTTP and load balancers, and how to prove where a request goes wrong.',
		practise: { path: '/study/?deck=topic:networking', label: 'Flashcards: networking' },
	},
	{
		slug: 'design',
		label: 'System design',
		tests: 'Large-system design with concrete estimates (NALSD), distributed-systems trade-offs and designs that survive failure.',
		practise: { path: '/mock/', label: 'Mock interview' },
	},
	{
		slug: 'troubleshooting',
		label: 'Troubleshooting',
		tests: 'A live symptom handled aloud: scope and mitigate first, then a methodical search for the cause.',
		practise: { path: '/study/?deck=kind:troubleshooting', label: 'Flashcards: troubleshooting' },
	},
	{
		slug: 'coding',
		label: 'Coding',
		tests: 'Practical programs an SRE writes: parsing logs, rate limiting, retries, concurrency, with working code.',
		practise: { path: '/study/?deck=kind:coding', label: 'Flashcards: coding' },
	},
	{
		slug: 'sre-practice',
		label: 'SRE practice',
		tests: 'SLOs, alerting, incidents, releases, capacity and the platforms you run: how reliability is engineered day to day.',
		practise: { path: '/study/?deck=all', label: 'Flashcards: all questions' },
	},
	{
		slug: 'behavioral',
		label: 'Behavioral & leadership',
		tests: 'Your own stories: incidents you led, mistakes you owned, disagreements, and how you change how teams work.',
		practise: { path: '/stories/', label: 'Stories and how to build your own' },
	},
] as const satisfies readonly Round[];

export type RoundSlug = (typeof ROUNDS)[number]['slug'];

const ROUND_OF_KIND: Partial<Record<Kind, RoundSlug>> = {
	behavioral: 'behavioral',
	leadership: 'behavioral',
	coding: 'coding',
	troubleshooting: 'troubleshooting',
	design: 'design',
};

const ROUND_OF_TOPIC: Partial<Record<TopicSlug, RoundSlug>> = {
	linux: 'linux',
	networking: 'networking',
	'distributed-systems': 'design',
	nalsd: 'design',
	coding: 'coding',
};

/** The round a question prepares for. */
export function roundOf({ kind, topics }: Pick<QuestionData, 'kind' | 'topics'>): RoundSlug {
	return ROUND_OF_KIND[kind] ?? ROUND_OF_TOPIC[topics[0]] ?? 'sre-practice';
}

export function getRound(slug: string): Round {
	const round = ROUNDS.find((candidate) => candidate.slug === slug);
	if (!round) throw new Error(`Unknown round "${slug}"`);
	return round;
}

/** Items grouped by round in loop order, skipping empty rounds; each group keeps the items' order. */
export function groupByRound<T extends { data: Pick<QuestionData, 'kind' | 'topics'> }>(items: readonly T[]): { round: Round; items: T[] }[] {
	return ROUNDS.map((round) => ({ round, items: items.filter((item) => roundOf(item.data) === round.slug) })).filter((group) => group.items.length > 0);
}
