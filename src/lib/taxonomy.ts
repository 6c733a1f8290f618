/**
 * The fixed vocabularies every question is tagged with: topics, levels and kinds.
 * Defined once here; the schema, the filters and the list pages all read from this module.
 * Ships to the browser (the question list's filters import the labels), so keep it free of Node APIs.
 */

/** A topic: its slug (used in frontmatter and URLs), a label and a one-line description. */
export interface Topic {
	slug: string;
	label: string;
	description: string;
}

export const TOPICS = [
	{ slug: 'slo-sli', label: 'SLIs, SLOs & error budgets', description: 'Measuring reliability the way users feel it, and spending the budget it leaves.' },
	{ slug: 'incident-response', label: 'Incident response', description: 'Detecting, containing and coordinating the response to production incidents.' },
	{ slug: 'observability', label: 'Observability', description: 'Metrics, logs and traces that let you ask new questions of a running system.' },
	{ slug: 'alerting', label: 'Alerting', description: 'Pages worth waking up for, and how to keep the rest out of the pager.' },
	{ slug: 'on-call', label: 'On-call', description: 'Sustainable rotations, handoffs, runbooks and load on the people who carry the pager.' },
	{ slug: 'postmortems', label: 'Postmortems', description: 'Blameless reviews that turn incidents into lasting fixes.' },
	{ slug: 'resilience', label: 'Resilience', description: 'Designs that degrade gracefully and contain failure instead of spreading it.' },
	{ slug: 'capacity', label: 'Capacity & efficiency', description: 'Headroom, forecasting, right-sizing and scaling before users notice.' },
	{ slug: 'high-availability', label: 'High availability', description: 'Redundancy, failover and removing single points of failure.' },
	{ slug: 'disaster-recovery', label: 'Disaster recovery', description: 'RTO, RPO, backups that restore, and recovery plans that are rehearsed.' },
	{ slug: 'architecture', label: 'Architecture', description: 'System design choices and the reliability trade-offs they carry.' },
	{ slug: 'deployments', label: 'Deployments & CI/CD', description: 'Shipping changes safely: pipelines, canaries, flags and rollbacks.' },
	{ slug: 'kubernetes', label: 'Kubernetes', description: 'Running workloads on Kubernetes and debugging what breaks in production.' },
	{ slug: 'troubleshooting', label: 'Troubleshooting', description: 'Finding the cause of a live problem methodically, under pressure.' },
	{ slug: 'automation-toil', label: 'Automation & toil', description: 'Measuring toil, and engineering it away without creating new toil.' },
	{ slug: 'databases', label: 'Databases', description: 'Replication, failover, contention and connections: keeping data stores healthy.' },
	{ slug: 'security', label: 'Security', description: 'Guardrails, least privilege and supply-chain safety that do not slow teams down.' },
	{ slug: 'communication', label: 'Communication', description: 'Updates, negotiation and influence: the people side of reliability.' },
	{ slug: 'sre-culture', label: 'SRE culture & leadership', description: 'What SRE is, how teams work, and how reliability gets prioritised.' },
	{ slug: 'linux', label: 'Linux & OS internals', description: 'Processes, memory, file systems, I/O and the kernel, as an operator meets them.' },
	{ slug: 'networking', label: 'Networking', description: 'TCP, DNS, TLS, HTTP and load balancing, and how to prove where packets go wrong.' },
	{ slug: 'cloud', label: 'Cloud', description: 'Identity, networks and managed services on a public cloud, and how they fail.' },
	{ slug: 'distributed-systems', label: 'Distributed systems', description: 'Consensus, replication, consistency, clocks and what a timeout really tells you.' },
	{ slug: 'nalsd', label: 'Large-system design (NALSD)', description: 'Designs with concrete estimates, grown from one machine to a fleet.' },
	{ slug: 'coding', label: 'Coding', description: 'Practical programs an SRE writes: parsing, concurrency, retries and tools, in Python.' },
] as const satisfies readonly Topic[];

export type TopicSlug = (typeof TOPICS)[number]['slug'];
export const TOPIC_SLUGS = TOPICS.map((topic) => topic.slug) as [TopicSlug, ...TopicSlug[]];

/** Seniority a question is typically asked at, from junior to staff. */
export const LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export type Level = (typeof LEVELS)[number];

/** The shape of a question, which decides how its answer is structured. */
export const KINDS = ['behavioral', 'technical', 'design', 'troubleshooting', 'coding', 'leadership'] as const;
export type Kind = (typeof KINDS)[number];

const LEVEL_LABELS: Record<Level, string> = { junior: 'Junior', mid: 'Mid-level', senior: 'Senior', staff: 'Staff+' };
const KIND_LABELS: Record<Kind, string> = {
	behavioral: 'Behavioral',
	technical: 'Technical',
	design: 'System design',
	troubleshooting: 'Troubleshooting',
	coding: 'Coding',
	leadership: 'Leadership',
};

/** What each kind of question asks of a candidate, as its list page introduces it. */
const KIND_DESCRIPTIONS: Record<Kind, string> = {
	behavioral: 'Tell-me-about-a-time questions: structure the story, name your role, and bring numbers.',
	technical: 'Questions that test how well you understand a practice and can apply it.',
	design: 'Open design questions: state the requirements, then reason through the trade-offs.',
	troubleshooting: 'A live problem to diagnose: show the order of your steps and the evidence you would gather.',
	coding: 'A practical program to write and explain: constraints, approach and complexity, working code, edge cases.',
	leadership: 'Influence, prioritisation and people: how you move a team or an organisation.',
};

/** Looks up a topic by slug; throws for an unknown slug because the schema has already rejected those. */
export function getTopic(slug: string): Topic {
	const topic = TOPICS.find((candidate) => candidate.slug === slug);
	if (!topic) throw new Error(`Unknown topic "${slug}"`);
	return topic;
}

export const levelLabel = (level: Level): string => LEVEL_LABELS[level];
export const kindLabel = (kind: Kind): string => KIND_LABELS[kind];
export const kindDescription = (kind: Kind): string => KIND_DESCRIPTIONS[kind];

/** The three vocabularies a question list can be filtered by, in the order the filters show them. */
export const FACETS = ['topic', 'level', 'kind'] as const;
export type Facet = (typeof FACETS)[number];
export const FACET_LABELS: Record<Facet, string> = { topic: 'Topic', level: 'Level', kind: 'Kind' };

/** A value of a facet as a form control offers it. */
export interface FacetOption {
	value: string;
	label: string;
}

/** Each facet's values with their labels, for every select, toggle and deck chooser. */
export const FACET_OPTIONS: Record<Facet, readonly FacetOption[]> = {
	topic: TOPICS.map((topic) => ({ value: topic.slug, label: topic.label })),
	level: LEVELS.map((level) => ({ value: level, label: levelLabel(level) })),
	kind: KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) })),
};

/** One tag of a question: a facet, its value and the label its chip shows. */
export interface QuestionTag extends FacetOption {
	facet: Facet;
}

/** A question's tags in the order its chips show them: level, kind, then topics. */
export function questionTags(question: { level?: Level; kind?: Kind; topics: readonly string[] }): QuestionTag[] {
	return [
		...(question.level ? [{ facet: 'level' as const, value: question.level, label: levelLabel(question.level) }] : []),
		...(question.kind ? [{ facet: 'kind' as const, value: question.kind, label: kindLabel(question.kind) }] : []),
		...question.topics.map((topic) => ({ facet: 'topic' as const, value: topic, label: getTopic(topic).label })),
	];
}

/** The tags' labels for chips that link nowhere: a kind and a topic can share a label ("Troubleshooting"); one chip says it. */
export const tagLabels = (tags: readonly QuestionTag[]): string[] => [...new Set(tags.map((tag) => tag.label))];
