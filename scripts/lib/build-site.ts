/**
 * Builds the real site the way `npm run build` does (`astro build`, then `pagefind`), into any
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
	/** Clears Astro's content cache first, for a cold build. */
	force?: boolean;
	/** Caps Node's heap (`--max-old-space-size`), to show the build fits a smaller machine. */
	heapLimitMiB?: number;
}

/** Wall time and peak memory of one build step. */
export interface StepMeasurement {
	step: 'astro build' | 'pagefind';
	seconds: number;
	/** Peak resident memory of the step's largest process, from GNU time; undefined where GNU time is missing. */
	peakRssBytes?: number;
}

/** How peak memory is measured on this machine, for the report. */
export const PEAK_MEMORY_METHOD = existsSync(GNU_TIME)
	? 'peak RSS of the largest process of each step (GNU `/usr/bin/time -v`, "Maximum resident set size")'
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
			const kilobytes = existsSync(timeFile) ? /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1] : undefined;
			rmSync(timeDir, { recursive: true, force: true });
			if (code !== 0) return fail(new Error(`${step} exited with ${code}:\n${output.slice(-4000)}`));
			done({ step, seconds, peakRssBytes: kilobytes ? Number(kilobytes) * 1024 : undefined });
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
		...(options.heapLimitMiB ? { NODE_OPTIONS: `--max-old-space-size=${options.heapLimitMiB}` } : {}),
	};
	const astro = await run('astro build', ['build', '--outDir', options.outDir, ...(options.force ? ['--force'] : [])], env);
	const pagefind = await run('pagefind', ['--site', options.outDir], env);
	return [astro, pagefind];
}
