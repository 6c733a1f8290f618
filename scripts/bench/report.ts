/**
 * Turns benchmark results into the printed table, the target verdicts and the Markdown section
 * kept between `<!-- bench:start -->` and `<!-- bench:end -->`. Pure: results in, text out.
 */
import type { FirstLoad, FirstSearch } from './browser-measurements.ts';
import type { StepMeasurement } from '../lib/build-site.ts';
import { QUESTION_PAGE_BUDGET } from '../../tests/e2e/budgets.ts';

/** Everything measured for one bank size. */
export interface SizeResult {
	questions: number;
	/** The machine's 1-minute load average when the build started: timings on a busy machine run long. */
	loadAtStart: number;
	pages: number;
	steps: StepMeasurement[];
	buildSeconds: number;
	/** CPU seconds of the build (user + system), where measured: the fair basis for comparing sizes on a shared machine. */
	cpuSeconds?: number;
	pagesPerSecond: number;
	peakRssBytes?: number;
	questionPage: FirstLoad & { path: string; answerWordsWithoutJs: number };
	/** Gzipped HTML of every question page: median and largest. */
	questionHtmlGzip: { median: number; max: number };
	/** The full list at /questions/: grows with the bank by design. */
	listPageGzip: number;
	pagefind: { bytes: number; files: number };
	firstSearch: FirstSearch;
	/** The largest size only: the same build again with Node's heap capped, to show what it needs. */
	heapCapped?: { heapLimitMiB: number; completed: boolean; seconds?: number; peakRssBytes?: number };
}

export interface Machine {
	cores: number;
	cpu: string;
	ramBytes: number;
	node: string;
	os: string;
}

/** The issue's targets, with the bounds used to judge them. */
export const TARGETS = {
	/**
	 * First load of a question page, before its deferred scripts: the page-weight test's budget
	 * (tests/e2e/budgets.ts). That test counts response headers too; here bytes are bodies only.
	 */
	questionFirstLoad: { bytes: QUESTION_PAGE_BUDGET.firstLoadBytes, requests: QUESTION_PAGE_BUDGET.firstLoadRequests },
	/**
	 * "Well within memory": the largest build completes with Node's heap capped at 2 GiB and stays
	 * under 4 GiB in all, so a 2-core CI runner with 7 GB has room to spare. Uncapped, V8 lets the heap
	 * grow lazily towards its default limit (a quarter of RAM, at most 4 GiB), so the uncapped peak
	 * says more about this machine than about the build; it is reported too.
	 */
	peakRssBytes: 4 * 1024 ** 3,
	heapLimitMiB: 2048,
	/** "Does not grow with N": the largest question page of the biggest bank is within 10% of the smallest bank's. */
	questionPageGrowth: 1.1,
	/** "Linear": seconds per extra question from the middle to the biggest bank at most 1.5× that from the smallest to the middle. */
	slopeRatio: 1.5,
	/** "Zero JavaScript to read an answer": with JS off, the answer shows at least this many words (synthetic answers have 350+). */
	answerWordsWithoutJs: 300,
} as const;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const GiB = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;

/** The results as a Markdown table, one row per bank size. */
export function resultsTable(results: readonly SizeResult[]): string {
	const header = [
		'Questions',
		'Pages',
		'Build, wall (astro + pagefind)',
		'Build, CPU',
		'CPU per question',
		'Load at start',
		'Pages/s',
		'Peak memory',
		'Question page, first load (gzip)',
		'JS on a question page (raw / gzip)',
		'Question HTML gzip, median / max',
		'/questions/ list (gzip)',
		'Pagefind bundle',
		'First search fetches',
	];
	const rows = results.map((r) => [
		r.questions.toLocaleString('en-US'),
		r.pages.toLocaleString('en-US'),
		`${r.buildSeconds.toFixed(1)} s (${r.steps.map((step) => step.seconds.toFixed(1)).join(' + ')})`,
		r.cpuSeconds === undefined ? 'n/a' : `${r.cpuSeconds.toFixed(1)} s`,
		r.cpuSeconds === undefined ? 'n/a' : `${((r.cpuSeconds / r.questions) * 1000).toFixed(0)} ms`,
		r.loadAtStart.toFixed(1),
		r.pagesPerSecond.toFixed(0),
		r.peakRssBytes === undefined ? 'n/a' : GiB(r.peakRssBytes),
		`${kB(r.questionPage.beforeIdle.bytes)} in ${r.questionPage.beforeIdle.requests} requests; with deferred scripts ${kB(r.questionPage.totalBytes)} in ${r.questionPage.requests.length} (HTML with inline JS ${kB(r.questionPage.bytesByType.html)}, CSS ${kB(r.questionPage.bytesByType.css)}, JS files ${kB(r.questionPage.bytesByType.js)})`,
		`${kB(r.questionPage.jsRawBytes)} / ${kB(r.questionPage.jsGzipBytes)}`,
		`${kB(r.questionHtmlGzip.median)} / ${kB(r.questionHtmlGzip.max)}`,
		kB(r.listPageGzip),
		`${MB(r.pagefind.bytes)} (${r.pagefind.files.toLocaleString('en-US')} files)`,
		`${kB(r.firstSearch.totalBytes)} (${r.firstSearch.requests.length} requests)`,
	]);
	return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Build seconds of a size: CPU time where every size has it (other load barely moves it), else wall time. */
const buildCost = (results: readonly SizeResult[]) =>
	results.every((r) => r.cpuSeconds !== undefined) ? { of: (r: SizeResult) => r.cpuSeconds!, kind: 'CPU' } : { of: (r: SizeResult) => r.buildSeconds, kind: 'wall' };

/** One line per target: met or missed, with the numbers that decide it. Needs the results sorted by size. */
export function targetVerdicts(results: readonly SizeResult[]): { met: boolean; text: string }[] {
	const smallest = results[0];
	const largest = results.at(-1)!;
	const verdicts = [
		{
			met: results.every((r) => r.questionPage.beforeIdle.bytes <= TARGETS.questionFirstLoad.bytes && r.questionPage.beforeIdle.requests <= TARGETS.questionFirstLoad.requests),
			text: `A question page's first load, before its deferred scripts, is at most ${kB(TARGETS.questionFirstLoad.bytes)} gzip in ${TARGETS.questionFirstLoad.requests} requests at every size: ${results
				.map((r) => `${kB(r.questionPage.beforeIdle.bytes)} in ${r.questionPage.beforeIdle.requests}`)
				.join(', ')}`,
		},
		{
			met: largest.questionHtmlGzip.max <= smallest.questionHtmlGzip.max * TARGETS.questionPageGrowth,
			text: `Question pages do not grow with N: largest question HTML ${results.map((r) => kB(r.questionHtmlGzip.max)).join(' → ')} (gzip)`,
		},
		{
			met: results.every((r) => r.questionPage.answerWordsWithoutJs >= TARGETS.answerWordsWithoutJs),
			text: `An answer reads with JavaScript off: ${results.map((r) => r.questionPage.answerWordsWithoutJs).join(', ')} words of answer visible`,
		},
		{
			met: Boolean(largest.heapCapped?.completed && largest.heapCapped.peakRssBytes !== undefined && largest.heapCapped.peakRssBytes < TARGETS.peakRssBytes),
			text: `The ${largest.questions}-question build fits well within memory: with the heap capped at ${largest.heapCapped?.heapLimitMiB} MiB it ${
				largest.heapCapped?.completed ? `completes in ${largest.heapCapped.seconds?.toFixed(0)} s, peak ${largest.heapCapped.peakRssBytes === undefined ? 'not measured' : GiB(largest.heapCapped.peakRssBytes)}` : 'does not complete'
			} (bound ${GiB(TARGETS.peakRssBytes)}); uncapped, the peak is ${largest.peakRssBytes === undefined ? 'not measured' : GiB(largest.peakRssBytes)} on this machine`,
		},
	];
	if (results.length >= 3) {
		const cost = buildCost(results);
		const slopes = results.slice(1).map((r, i) => (cost.of(r) - cost.of(results[i])) / (r.questions - results[i].questions));
		verdicts.push({
			met: slopes.every((s, i) => i === 0 || s <= slopes[i - 1] * TARGETS.slopeRatio),
			text: `Build time grows linearly: ${slopes.map((s) => `${(s * 1000).toFixed(0)} ms`).join(', then ')} of ${cost.kind} time per extra question`,
		});
	}
	return verdicts;
}

/** The Markdown section for the README: machine, table, verdicts and how each number is taken. */
export function markdownSection(results: readonly SizeResult[], machine: Machine, date: string, memoryMethod: string): string {
	const verdicts = targetVerdicts(results)
		.map(({ met, text }) => `- ${met ? '✅' : '❌'} ${text}`)
		.join('\n');
	return `Measured ${date} with \`npm run bench\` on ${machine.cores} cores (${machine.cpu}), ${GiB(machine.ramBytes)} RAM, Node ${machine.node}, ${machine.os}.

${resultsTable(results)}

${verdicts}

How: synthetic banks that pass the real schema (\`scripts/bench/synthetic-bank.ts\`) are built with the real layouts and pipeline (\`astro build\` then \`pagefind\`, cold: \`--force\`) and served under \`/sre-prep/\`. Bytes are what a gzipping static host sends (zlib default level; Pagefind's own files are already compressed); "first load" is every request Chromium makes for a question page with an empty cache before the page's deferred scripts (\`LoadLater.astro\`) are let in, held back as the page-weight test holds them; "with deferred scripts" adds what arrives once they are (Astro inlines small scripts, so part of a question page's JavaScript travels inside its HTML). "First search" runs one query (\`${results[0]?.firstSearch.query}\`) through Pagefind's API from the home page and loads the first five results, counting every request to \`pagefind/\`. Peak memory: ${memoryMethod}. "Load at start" is the 1-minute load average as each build began: on a shared machine, timings grow with it.`;
}
