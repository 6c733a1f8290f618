/**
 * Abbreviations and synonyms SRE readers type, each mapped to the words the answers use.
 * A query word found here is searched as itself *or* any of its expansions (each expansion is
 * searched as all of its words), so `k8s` also finds answers that only say "Kubernetes".
 * Per-question terms belong in a question's `keywords` frontmatter instead; this map is for
 * vocabulary that holds across the whole site. Keys are lowercase; ships to the browser.
 */
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	k8s: ['kubernetes'],
	kube: ['kubernetes'],
	ha: ['high availability'],
	dr: ['disaster recovery'],
	bcp: ['business continuity', 'disaster recovery'],
	rca: ['root cause'],
	iac: ['infrastructure as code'],
	spof: ['single point failure'],
	spofs: ['single point failure'],
	cicd: ['ci/cd', 'delivery pipeline'],
	'ci/cd': ['delivery pipeline'],
	oom: ['oomkilled', 'out of memory'],
	mttr: ['time to recover', 'time to restore'],
	mttd: ['time to detect'],
	mtta: ['time to acknowledge'],
	p99: ['tail latency', 'percentile'],
	p95: ['p99', 'percentile'],
	o11y: ['observability'],
	otel: ['opentelemetry'],
	postmortem: ['post-incident review'],
	'post-mortem': ['postmortem'],
	rto: ['recovery time objective'],
	rpo: ['recovery point objective'],
	pitr: ['point in time recovery'],
	az: ['availability zone'],
	ic: ['incident commander'],
	sev: ['severity', 'incident'],
	toil: ['manual repetitive'],
	chaos: ['fault injection'],
	devops: ['operations'],
	cd: ['continuous delivery', 'deploy'],
	ci: ['continuous integration'],
	// Linux, networking and distributed systems (issue 13)
	fd: ['file descriptor', 'open files'],
	fds: ['file descriptor', 'open files'],
	emfile: ['too many open files', 'file descriptor'],
	inode: ['inodes'],
	time_wait: ['time wait'],
	close_wait: ['close wait'],
	sni: ['server name indication'],
	mtls: ['mutual tls'],
	mtu: ['maximum transmission unit', 'fragmentation'],
	pmtud: ['path mtu discovery'],
	bgp: ['border gateway protocol', 'anycast'],
	cidr: ['subnet', 'subnetting'],
	hll: ['hyperloglog'],
	raft: ['consensus', 'quorum'],
	paxos: ['consensus', 'quorum'],
	nalsd: ['system design', 'estimate'],
	lsm: ['log-structured merge'],
	ebpf: ['bpf'],
	psi: ['pressure stall'],
	cfs: ['throttling', 'scheduler'],
	lb: ['load balancer'],
	nat: ['network address translation'],
	vpc: ['virtual private cloud'],
	iam: ['identity and access management'],
};

/**
 * The map as a Map, looked up by query words: a plain object would answer `constructor` or
 * `__proto__` with what it inherits from Object.prototype, and a search for them would fail.
 */
export const SEARCH_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SYNONYMS));
