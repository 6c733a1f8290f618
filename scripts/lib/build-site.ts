/**
 * Builds the real site the way `npm run build` does (`astro build`, `pagefind`, optionally the service worker), into any
 * folder, from any question folder, for any site URL and base. Used by the benchmark, which also
 * times each step and reads its peak memory, and by the Lighthouse audit. Node-only.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const GNU_TIME = '/usr/bin/time';

export interface BuildOptions {
	outDir: string;
	/** `SITE_URL`: origin of canonical and sitemap URLs. */
	site: string;
	/** `BASE_PATH`, such as `/sre-prep/`. */
	base: string;
	/** `CONTENT_DIR`: the question folder; the real bank when omitted. */
	contentDir?: string;
	/** `PRACTICE_DIR`: the folder of `drills/` and `worksheets/`; the real ones when omitted. */
	practiceDir?: string;
	/** Clears Astro's content cache first, for a cold build. */
	force?: boolean;
	/** Caps Node's heap (`--max-old-space-size`), to show the build fits a smaller machine. */
	heapLimitMiB?: number;
	/**
	 * Also generates the service worker, the last step of `npm run build`. The audit needs it (a
	 * page registers `sw.js`); the benchmark leaves it out so that "first load" measures the page
	 * itself, not the precache the worker downloads in the background after it.
	 */
	serviceWorker?: boolean;
}

/** Wall time and peak memory of one build step. */
export interface StepMeasurement {
	step: 'astro build' | 'pagefind';
	seconds: number;
	/** Peak resident memory of the step's largest process, from GNU time; undefined where GNU time is missing. */
	peakRssBytes?: number;
	/** User plus system CPU time of the step and its children, from GNU time: unlike wall time, barely moved by other load. */
	cpuSeconds?: number;
}

/** Total wall time of a build's steps. */
export const totalSeconds = (steps: readonly StepMeasurement[]): number => steps.reduce((sum, step) => sum + step.seconds, 0);

/** Total CPU time of a build's steps, or undefined where it is not measured. */
export const totalCpuSeconds = (steps: readonly StepMeasurement[]): number | undefined =>
	steps.every((step) => step.cpuSeconds !== undefined) ? steps.reduce((sum, step) => sum + step.cpuSeconds!, 0) : undefined;

/** The highest peak among a build's steps, or undefined where memory is not measured. */
export function peakRss(steps: readonly StepMeasurement[]): number | undefined {
	const peaks = steps.flatMap((step) => (step.peakRssBytes === undefined ? [] : [step.peakRssBytes]));
	return peaks.length > 0 ? Math.max(...peaks) : undefined;
}

/** How peak memory and CPU time are measured on this machine, for the report. */
export const MEASUREMENT_METHOD = existsSync(GNU_TIME)
	? 'peak RSS of the largest process of each step (GNU `/usr/bin/time -v`, "Maximum resident set size"); CPU time from the same report'
	: 'not measured: install GNU time (Debian package `time`)';

function run(step: StepMeasurement['step'], args: string[], env: NodeJS.ProcessEnv): Promise<StepMeasurement> {
	const timeDir = mkdtempSync(join(tmpdir(), 'sre-time-'));
	const timeFile = join(timeDir, 'time.txt');
	const command = join(BIN, step === 'astro build' ? 'astro' : 'pagefind');
	const [file, fileArgs] = existsSync(GNU_TIME) ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
	const started = performance.now();
	const child = spawn(file, fileArgs, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const report = existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
			const field = (name: string) => {
				const value = new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1];
				return value === undefined ? undefined : Number(value);
			};
			const kilobytes = field('Maximum resident set size \\(kbytes\\)');
			const user = field('User time \\(seconds\\)');
			const system = field('System time \\(seconds\\)');
			rmSync(timeDir, { recursive: true, force: true });
			if (code !== 0) return fail(new Error(`${step} exited with ${code}:\n${output.slice(-4000)}`));
			done({
				step,
				seconds,
				peakRssBytes: kilobytes === undefined ? undefined : kilobytes * 1024,
				cpuSeconds: user === undefined || system === undefined ? undefined : user + system,
			});
		});
	});
}

/** Builds the site and its search index into `options.outDir`, returning each step's measurement. */
export async function buildSite(options: BuildOptions): Promise<StepMeasurement[]> {
	const env: NodeJS.ProcessEnv = {
		...process.env,
		// `#!/usr/bin/env node` in the tools' launchers must find this Node (the project's), not the system's.
		PATH: `${dirname(process.execPath)}:${BIN}:${process.env.PATH}`,
		ASTRO_TELEMETRY_DISABLED: '1',
		SITE_URL: options.site,
		BASE_PATH: options.base,
		...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
		...(options.practiceDir ? { PRACTICE_DIR: options.practiceDir } : {}),
		// Astro's content cache belongs to the bank being built; builds of other banks may run alongside.
		ASTRO_CACHE_DIR: `${resolve(options.outDir)}.cache/`,
		...(options.heapLimitMiB ? { NODE_OPTIONS: `--max-old-space-size=${options.heapLimitMiB}` } : {}),
	};
	const astro = await run('astro build', ['build', '--outDir', options.outDir, ...(options.force ? ['--force'] : [])], env);
	const pagefind = await run('pagefind', ['--site', options.outDir], env);
	if (options.serviceWorker) await runServiceWorkerBuild(options.outDir, env);
	return [astro, pagefind];
}

function runServiceWorkerBuild(outDir: string, env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts/build-service-worker.mjs'), outDir], { env, stdio: 'inherit' });
		child.on('error', fail);
		child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`service worker build exited with ${code}`))));
	});
}
