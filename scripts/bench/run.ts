/**
 * `npm run bench`: builds the real site from synthetic banks of 52, 1000 and 5000 questions (or the
 * sizes given as arguments) and reports build time, memory, page weight and search cost for each,
 * against the targets in `report.ts`. Writes bench-results/*.json and the Markdown section between
 * the bench markers of README.md.
 *
 * Run it alone: it builds in this checkout (Astro's caches live in it), one size at a time.
 * Usage: npm run bench [-- 52 1000 5000] [-- --keep]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { proseWords } from '../../src/lib/answer-text.ts';
import { buildSite, MEASUREMENT_METHOD, peakRss, totalCpuSeconds, totalSeconds } from '../lib/build-site.ts';
import { serveStatic } from '../lib/static-server.ts';
import { answerWordsWithoutJs, launchBrowser, measureFirstLoad, measureFirstSearch } from './browser-measurements.ts';
import { markdownSection, resultsTable, TARGETS, targetVerdicts, type Machine, type SizeResult } from './report.ts';
import { syntheticBank } from './synthetic-bank.ts';
import { filesUnder, wireBytes } from './wire-bytes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/sre-prep/';
const SITE = 'https://example.github.io';
const SEARCH_QUERY = 'incident';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
if (sizes.length === 0) sizes.push(52, 1000, 5000);
sizes.sort((a, b) => a - b);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The real answers' prose, which the synthetic banks are stitched from. */
function realCorpus(): string[] {
	const dir = join(ROOT, 'content/questions');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.flatMap((file) => proseWords(readFileSync(join(dir, file), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')));
}

/** Builds the bank again with Node's heap capped: whether it completes, and its time and peak memory. */
async function buildWithCappedHeap(contentDir: string, outDir: string): Promise<NonNullable<SizeResult['heapCapped']>> {
	const heapLimitMiB = TARGETS.heapLimitMiB;
	console.log(`  building again with the heap capped at ${heapLimitMiB} MiB…`);
	try {
		const steps = await buildSite({ outDir, site: SITE, base: BASE, contentDir, practiceDir: NO_PRACTICE, force: true, heapLimitMiB });
		return { heapLimitMiB, completed: true, seconds: totalSeconds(steps), peakRssBytes: peakRss(steps) };
	} catch (error) {
		console.log(`  the capped build failed: ${String(error).slice(0, 500)}`);
		return { heapLimitMiB, completed: false };
	}
}

async function benchSize(questions: number, workDir: string, corpus: string[], isLargest: boolean): Promise<SizeResult> {
	const contentDir = join(workDir, `n${questions}`, 'questions');
	const distDir = join(workDir, `n${questions}`, 'dist');
	mkdirSync(contentDir, { recursive: true });
	const bank = syntheticBank(questions, corpus);
	for (const file of bank) writeFileSync(join(contentDir, file.path), file.source);

	console.log(`\n▶ ${questions} questions: building…`);
	const loadAtStart = loadavg()[0];
	const steps = await buildSite({ outDir: distDir, site: SITE, base: BASE, contentDir, practiceDir: NO_PRACTICE, force: true });
	const buildSeconds = totalSeconds(steps);
	const files = filesUnder(distDir);
	const pages = files.filter((file) => file.endsWith('.html')).length;
	console.log(`  built ${pages} pages in ${buildSeconds.toFixed(1)} s; measuring…`);

	const questionHtml = bank.map((file) => wireBytes(join(distDir, 'questions', file.slug, 'index.html')));
	const pagefindFiles = files.filter((file) => file.startsWith(join(distDir, 'pagefind')));
	const heapCapped = isLargest ? await buildWithCappedHeap(contentDir, join(workDir, `n${questions}`, 'dist-capped')) : undefined;
	const server = await serveStatic(distDir, BASE);
	const browser = await launchBrowser();
	try {
		const samplePath = `questions/${bank[0].slug}/`;
		const firstLoad = await measureFirstLoad(browser, server.url + samplePath, distDir, BASE);
		return {
			questions,
			loadAtStart,
			pages,
			steps,
			buildSeconds,
			cpuSeconds: totalCpuSeconds(steps),
			pagesPerSecond: pages / buildSeconds,
			peakRssBytes: peakRss(steps),
			questionPage: { ...firstLoad, path: samplePath, answerWordsWithoutJs: await answerWordsWithoutJs(browser, server.url + samplePath) },
			questionHtmlGzip: { median: median(questionHtml), max: Math.max(...questionHtml) },
			listPageGzip: wireBytes(join(distDir, 'questions/index.html')),
			pagefind: { bytes: pagefindFiles.reduce((sum, file) => sum + statSync(file).size, 0), files: pagefindFiles.length },
			firstSearch: await measureFirstSearch(browser, server.url, distDir, BASE, SEARCH_QUERY),
			heapCapped,
		};
	} finally {
		await browser.close();
		await server.close();
		if (!keep) rmSync(join(workDir, `n${questions}`), { recursive: true, force: true });
	}
}

/** Replaces the text between the bench markers of README.md; fails if the markers are gone. */
function writeSection(section: string): string {
	const target = join(ROOT, 'README.md');
	const current = readFileSync(target, 'utf8');
	if (!current.includes(START) || !current.includes(END)) throw new Error(`README.md has lost its ${START} … ${END} markers`);
	const [before, rest] = current.split(START);
	const after = rest.slice(rest.indexOf(END));
	writeFileSync(target, `${before}${START}\n${section}\n${after}`);
	return target;
}

const workDir = mkdtempSync(join(tmpdir(), 'sre-bench-'));
/** An empty practice folder: the real drills name real question ids, which synthetic banks renumber. */
const NO_PRACTICE = join(workDir, 'no-practice');
const machine: Machine = {
	cores: cpus().length,
	cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
	ramBytes: totalmem(),
	node: process.version,
	os: `${platform()} ${release()}`,
};
console.log(`Benchmarking ${sizes.join(', ')} questions in ${workDir}`);
console.log(`Machine: ${machine.cores} cores, ${(machine.ramBytes / 1024 ** 3).toFixed(1)} GiB RAM, Node ${machine.node}`);

const corpus = realCorpus();
const results: SizeResult[] = [];
try {
	for (const size of sizes) results.push(await benchSize(size, workDir, corpus, size === sizes.at(-1)));
} finally {
	if (!keep) rmSync(workDir, { recursive: true, force: true });
}

const date = new Date().toISOString();
console.log(`\n${resultsTable(results)}\n`);
for (const { met, text } of targetVerdicts(results)) console.log(`${met ? '✓' : '✗'} ${text}`);

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const json = JSON.stringify({ date, machine, peakMemoryMethod: MEASUREMENT_METHOD, results }, null, '\t');
writeFileSync(join(ROOT, 'bench-results', `bench-${date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join(ROOT, 'bench-results', 'latest.json'), json);
const written = writeSection(markdownSection(results, machine, date.slice(0, 10), MEASUREMENT_METHOD));
console.log(`\nWrote bench-results/latest.json and the table in ${written.slice(ROOT.length + 1)}`);
