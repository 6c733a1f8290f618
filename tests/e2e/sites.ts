/**
 * The sites the end-to-end tests run against, each built into its own folder under `dist-e2e/`
 * (so `npm run preview` after `npm test` still serves the real `dist/`) and served on its own port:
 * - `ui`: the fixture bank in tests/fixtures/ui-bank under the GitHub Pages-style subpath. Behaviour
 *   tests run here and derive their expectations from those files, so the real bank can change freely.
 * - `gates`: the real bank under the subpath. The release gates crawl every page of it.
 * - `root`: the real bank at `/`, as `npm start` serves it; its links are crawled too.
 */
import { join } from 'node:path';

export interface TestSite {
	name: 'ui' | 'gates' | 'root';
	/** Question folder; the real bank when undefined. */
	contentDir?: string;
	/** Folder of `drills/` and `worksheets/`; the real ones when undefined. */
	practiceDir?: string;
	base: string;
	outDir: string;
	port: number;
	/** Origin and base the browser opens, such as `http://localhost:4323/sre-prep/`. */
	url: string;
}

const ROOT = join(import.meta.dirname, '../..');

/** The origin the test builds are told they deploy to: canonical, Open Graph and sitemap URLs start with it. */
export const SITE_URL = 'https://example.github.io';
/** The GitHub Pages-style subpath of the `ui` and `gates` sites. */
export const BASE_PATH = '/sre-prep/';
/** The fixture bank the behaviour tests run on. */
export const FIXTURE_BANK = join(ROOT, 'tests/fixtures/ui-bank');
/** The fixture drills and worksheets the behaviour tests run on; they practise fixture questions. */
export const FIXTURE_PRACTICE = join(ROOT, 'tests/fixtures/ui-practice');

// Overridable so several checkouts can run their suites side by side without sharing ports.
const FIRST_PORT = Number(process.env.E2E_PORT) || 4323;

function site(name: TestSite['name'], offset: number, base: string, fixtures?: Pick<TestSite, 'contentDir' | 'practiceDir'>): TestSite {
	const port = FIRST_PORT + offset;
	return { name, ...fixtures, base, outDir: join(ROOT, 'dist-e2e', name), port, url: `http://localhost:${port}${base}` };
}

export const SITES = {
	ui: site('ui', 0, BASE_PATH, { contentDir: FIXTURE_BANK, practiceDir: FIXTURE_PRACTICE }),
	gates: site('gates', 1, BASE_PATH),
	root: site('root', 2, '/'),
} as const satisfies Record<TestSite['name'], TestSite>;
