/**
 * `npm run audit`: Lighthouse (mobile, simulated slow 4G: the phone in a hallway) on the key pages
 * of a fresh build served under /sre-prep/. Prints the four category scores and every audit that
 * costs points; exits 1 unless accessibility, best practices and SEO are all 100.
 * Not part of `npm test`: the performance score depends on the machine's load.
 *
 * Pages are listed in AUDITED_PAGES; one whose built file does not exist (a feature not merged yet)
 * is reported as skipped. Chromium is the system one, handed to Lighthouse through CHROME_PATH.
 * Reports are saved as bench-results/lighthouse/<page>.json.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileForPath } from './bench/wire-bytes.ts';
import { buildSite } from './lib/build-site.ts';
import { serveStatic } from './lib/static-server.ts';
import { SYSTEM_CHROMIUM_ARGS, systemChromium } from './system-chromium.mjs';

/** The pages to audit, as paths under the base. */
const AUDITED_PAGES = [
	{ name: 'home', path: '' },
	{ name: 'question', path: 'questions/actionable-alerts-without-fatigue/' },
	{ name: 'search', path: 'search/' },
	{ name: 'study', path: 'study/' },
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Categories that must score 100. Performance is reported, not required: it varies with the machine. */
const REQUIRED = new Set<string>(['accessibility', 'best-practices', 'seo']);
const BASE = '/sre-prep/';
const ROOT = resolve(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'bench-results/lighthouse');

interface LighthouseReport {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

function lighthouse(url: string, outputPath: string): Promise<LighthouseReport> {
	const chrome = systemChromium();
	const flags = ['--headless=new', ...SYSTEM_CHROMIUM_ARGS].join(' ');
	const child = spawn(
		join(ROOT, 'node_modules/.bin/lighthouse'),
		[url, '--quiet', '--output=json', `--output-path=${outputPath}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags}`],
		{ env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) }, stdio: ['ignore', 'inherit', 'inherit'] },
	);
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (code) => (code === 0 ? done(JSON.parse(readFileSync(outputPath, 'utf8'))) : fail(new Error(`lighthouse exited with ${code} on ${url}`))));
	});
}

const outDir = mkdtempSync(join(tmpdir(), 'sre-audit-'));
// The server starts first so that the build can be told its real origin: canonical URLs then match the audited ones.
const server = await serveStatic(outDir, BASE);
let failed = false;
try {
	console.log(`Building into ${outDir}…`);
	await buildSite({ outDir, site: new URL(server.url).origin, base: BASE, serviceWorker: true });
	mkdirSync(REPORTS, { recursive: true });
	const rows: string[][] = [];
	for (const { name, path } of AUDITED_PAGES) {
		if (!existsSync(fileForPath(outDir, BASE, BASE + path))) {
			console.log(`– ${name} (/${path}): skipped, this build has no such page`);
			continue;
		}
		console.log(`▶ ${name} (/${path})`);
		const report = await lighthouse(server.url + path, join(REPORTS, `${name}.json`));
		const scores = CATEGORIES.map((category) => Math.round((report.categories[category].score ?? 0) * 100));
		rows.push([name, `/${path}`, ...scores.map(String)]);
		for (const category of CATEGORIES) {
			const score = scores[CATEGORIES.indexOf(category)];
			if (REQUIRED.has(category) && score < 100) failed = true;
			for (const { id, weight } of report.categories[category].auditRefs) {
				const audit = report.audits[id];
				if (weight > 0 && audit.score !== null && audit.score < 1) {
					console.log(`   ${category}: ${audit.title} (${Math.round(audit.score * 100)})${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
				}
			}
		}
	}
	const header = ['Page', 'Path', 'Performance', 'Accessibility', 'Best practices', 'SEO'];
	console.log(`\n${[header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n')}`);
	console.log(failed ? '\n✗ Accessibility, best practices and SEO must all be 100.' : '\n✓ Accessibility, best practices and SEO are 100 on every audited page.');
} finally {
	await server.close();
	rmSync(outDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
