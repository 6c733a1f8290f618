/**
 * Proof that a contributor can grow the bank without touching a test (issue 10): copies the
 * repository's tracked files, adds a new question exactly as the README's "Add a question" says (one
 * file in content/questions/, the next free id, a topic mix of its own), and runs the whole suite on
 * the copy. It must pass unchanged.
 *
 * The question is tests/fixtures/new-question/, a complete answer that meets the content rules;
 * only its id is filled in here. Its frontmatter must use exactly the fields the README's example
 * shows, so the README and this proof cannot drift apart. Removing a question no other file links
 * to is covered too: the copy minus the added question is the repository itself, whose suite CI
 * has just run.
 *
 * Usage: npm run prove:bank-growth (CI runs it after npm test; about as long as one npm test).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const ROOT = join(import.meta.dirname, '..');
const QUESTIONS = join(ROOT, 'content/questions');
const NEW_QUESTION = join(ROOT, 'tests/fixtures/new-question/kafka-consumer-lag.mdx');

const fieldsOf = (mdx: string) => Object.keys(parseFrontmatter(mdx).frontmatter).sort();

const readmeExample = /## Add a question[\s\S]*?```mdx\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1];
if (!readmeExample) throw new Error('README.md has no ```mdx example under "## Add a question"');
const source = readFileSync(NEW_QUESTION, 'utf8');
if (fieldsOf(source).join() !== fieldsOf(readmeExample).join()) {
	throw new Error(`${NEW_QUESTION} must use the README example's fields (${fieldsOf(readmeExample).join(', ')}), not ${fieldsOf(source).join(', ')}`);
}

const ids = readdirSync(QUESTIONS, { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => Number(parseFrontmatter(readFileSync(join(QUESTIONS, file), 'utf8')).frontmatter.id));
const id = Math.max(...ids) + 1;

const copy = mkdtempSync(join(tmpdir(), 'sre-bank-growth-'));
try {
	for (const file of execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean)) {
		mkdirSync(dirname(join(copy, file)), { recursive: true });
		cpSync(join(ROOT, file), join(copy, file));
	}
	// Installing again would prove nothing about the bank and take minutes; the copy uses these packages.
	symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
	const file = join(copy, 'content/questions', `added-question-${id}.mdx`);
	writeFileSync(file, source.replace(/^id: \d+$/m, `id: ${id}`));
	console.log(`Added question ${id} as ${file}; running npm test on the copy`);
	// Other ports than the main run's, in case its servers are still closing.
	execFileSync('npm', ['test'], { cwd: copy, stdio: 'inherit', env: { ...process.env, E2E_PORT: '4343' } });
	console.log(`The suite passed unchanged with question ${id} added.`);
} finally {
	rmSync(copy, { recursive: true, force: true });
}
