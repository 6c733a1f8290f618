/**
 * Queries as readers type them, each with the one question that should answer it. Written from
 * what people search for before or after an interview, not copied from titles: abbreviations,
 * symptoms, half-remembered phrases. Used by `search-relevance.test.ts`, and by
 * `scripts/bench-search.mjs` for timing. Add a case whenever a real search disappoints.
 */
export interface RelevanceCase {
	query: string;
	/** Number of the question that should come first. */
	expected: number;
}

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
	// Abbreviations and jargon SRE people type
	{ query: 'error budget', expected: 3 },
	{ query: 'SLO', expected: 3 },
	{ query: 'sli vs slo vs sla', expected: 3 },
	{ query: 'MTTR MTTD', expected: 50 },
	{ query: 'k8s production issues', expected: 10 },
	{ query: 'k8s pod keeps restarting', expected: 21 },
	{ query: 'OOMKilled', expected: 21 },
	{ query: 'OOM', expected: 21 },
	{ query: 'RTO', expected: 7 },
	{ query: 'rto rpo', expected: 7 },
	{ query: 'DR plan', expected: 25 },
	{ query: 'RCA', expected: 19 },
	{ query: 'IaC', expected: 41 },
	{ query: 'SPOF', expected: 38 },
	{ query: 'HA', expected: 14 },
	{ query: 'CI/CD', expected: 37 },
	{ query: 'cicd pipeline', expected: 37 },
	{ query: 'p99 latency', expected: 18 },
	{ query: 'crashloopbackoff', expected: 21 },
	{ query: 'PITR backups', expected: 36 },
	// Symptoms and situations
	{ query: 'alert fatigue', expected: 17 },
	{ query: 'too many pages at night', expected: 17 },
	{ query: 'latency up but cpu normal', expected: 18 },
	{ query: 'dashboards green but users complaining', expected: 28 },
	{ query: 'intermittent errors in several regions', expected: 6 },
	{ query: 'errors for only one customer', expected: 39 },
	{ query: 'is it the network or my code', expected: 34 },
	{ query: 'replica lag', expected: 45 },
	{ query: 'too many connections', expected: 45 },
	{ query: 'bad deploy caused outage', expected: 42 },
	{ query: 'vendor api down', expected: 46 },
	{ query: 'retry storm thundering herd', expected: 13 },
	{ query: 'cascading failures', expected: 13 },
	// Techniques and concepts
	{ query: 'circuit breaker', expected: 30 },
	{ query: 'load shedding backpressure', expected: 30 },
	{ query: 'graceful degradation', expected: 24 },
	{ query: 'canary release', expected: 27 },
	{ query: 'blue green deployment', expected: 27 },
	{ query: 'blameless postmortem', expected: 19 },
	{ query: '5 whys', expected: 19 },
	{ query: 'postmortem action items that stick', expected: 15 },
	{ query: 'terraform drift', expected: 41 },
	{ query: 'chaos engineering', expected: 47 },
	{ query: 'game day', expected: 52 },
	{ query: 'multi region', expected: 8 },
	{ query: 'active active', expected: 8 },
	{ query: 'opentelemetry tracing', expected: 5 },
	{ query: 'capacity planning', expected: 23 },
	{ query: 'right sizing', expected: 16 },
	{ query: 'serverless vs containers', expected: 22 },
	{ query: 'toil', expected: 11 },
	{ query: 'automated away manual work', expected: 51 },
	{ query: 'runbooks', expected: 40 },
	{ query: 'least privilege', expected: 35 },
	{ query: 'restore test', expected: 36 },
	// Interview prompts in the reader's own words
	{ query: 'what is sre vs devops', expected: 9 },
	{ query: 'on-call culture', expected: 12 },
	{ query: 'status page updates for executives', expected: 31 },
	{ query: 'tell me about an incident you led', expected: 4 },
	{ query: 'first 90 days', expected: 26 },
	{ query: 'ship fast vs stability', expected: 2 },
	{ query: 'convince product to fund reliability work', expected: 29 },
	{ query: 'decision with incomplete information', expected: 32 },
	{ query: 'how do customers define reliability', expected: 43 },
	{ query: 'design review', expected: 20 },
	{ query: 'mentoring developers on reliability', expected: 48 },
	{ query: 'legacy system no monitoring', expected: 49 },
	{ query: 'which tests do you trust', expected: 44 },
];
