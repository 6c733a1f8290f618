/**
 * Synthetic question banks for the benchmark: `count` question files that pass the real schema and
 * bank checks and resemble real answers in what costs build time, page weight and index size:
 * prose length, sections, lists, tables, code, links between questions, related ids, aliases and
 * a vocabulary that keeps growing with the bank.
 *
 * Pure and deterministic: the prose is stitched from runs of words of a corpus passed in (the real
 * answers), picked by a generator seeded with the question's id, so a given size always yields the
 * same bank and question k differs between sizes only in the ids it links to.
 * Runs under plain Node (type stripping), hence the explicit `.ts` import.
 */
import { KINDS, LEVELS, TOPIC_SLUGS } from '../../src/lib/taxonomy.ts';

/** One question file: its path relative to the content folder and its full MDX source. */
export interface SyntheticFile {
	path: string;
	id: number;
	slug: string;
	source: string;
}

/** Answers last revised on a fixed date, so the output never depends on the clock. */
const UPDATED = '2026-01-15';
/** Share of real answers with an alias, a table and a code block (1/52, 27/52 and 31/52 in the core bank). */
const ALIAS_EVERY = 25;
const TABLE_SHARE = 0.5;
const CODE_SHARE = 0.6;
/** Words a real bank adds per question that no other answer uses (product names, jargon). */
const NEW_WORDS_PER_QUESTION = 3;
const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'ba', 'do', 'fu', 'gi', 'pe', 'qua', 'xo'];

/** mulberry32: a tiny seeded generator, good enough to vary text. */
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Keeps words that are safe anywhere in MDX prose: letters, digits, apostrophes, inner hyphens and %. */
export function cleanCorpus(words: readonly string[]): string[] {
	return words.map((word) => word.replace(/[^\p{L}\p{N}'’%-]/gu, '').replace(/^-+|-+$/g, '')).filter((word) => /^[\p{L}\p{N}]/u.test(word));
}

/** A made-up word that is unique to `n`, such as "kalomi": the long tail of a real bank's vocabulary. */
function coinedWord(n: number): string {
	let word = '';
	let rest = n + SYLLABLES.length;
	while (rest > 0) {
		word += SYLLABLES[rest % SYLLABLES.length];
		rest = Math.floor(rest / SYLLABLES.length);
	}
	return word;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kebab = (words: readonly string[]) =>
	words
		.map((word) => word.toLowerCase().replace(/[^a-z0-9]/g, ''))
		.filter(Boolean)
		.join('-');

/** Generates a bank of `count` questions with ids 1..count from a corpus of real prose words. */
export function syntheticBank(count: number, corpusWords: readonly string[]): SyntheticFile[] {
	const corpus = cleanCorpus(corpusWords);
	if (corpus.length < 100) throw new Error('The corpus needs at least 100 usable words');
	// Seeded per question, so question k reads the same in every bank size and pages compare across sizes.
	let random = seededRandom(0);
	const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const otherIds = (id: number, howMany: number): number[] => {
		const ids = new Set<number>();
		while (ids.size < Math.min(howMany, count - 1)) {
			const other = between(1, count);
			if (other !== id) ids.add(other);
		}
		return [...ids];
	};
	const run = (min: number, max: number): string[] => {
		const length = between(min, max);
		const start = between(0, corpus.length - length);
		return corpus.slice(start, start + length);
	};

	return Array.from({ length: count }, (_, index) => {
		const id = index + 1;
		random = seededRandom(id);
		const slug = kebab([`q${id}`, ...run(3, 5)]);
		const coined = Array.from({ length: NEW_WORDS_PER_QUESTION }, (_, k) => coinedWord(index * NEW_WORDS_PER_QUESTION + k));
		const coinedLeft = [...coined];
		const sentence = (min = 8, max = 18) => {
			const words = run(min, max);
			// Scatter this question's own words through its prose, as real answers name their tools.
			if (coinedLeft.length > 0 && random() < 0.3) words.splice(between(1, words.length - 1), 0, coinedLeft.shift()!);
			return `${capitalize(words.join(' '))}.`;
		};
		const paragraph = (sentences = between(3, 5)) => Array.from({ length: sentences }, () => sentence()).join(' ');
		const [linkA, linkB] = otherIds(id, 2);
		const topics = [...new Set(Array.from({ length: between(1, 3) }, () => pick(TOPIC_SLUGS)))];

		const sections: string[] = [];
		sections.push(`${sentence()} ${sentence()} See [${run(2, 4).join(' ')}](/q/${linkA}/) for the background. ${sentence()}`);
		sections.push(`## ${capitalize(run(3, 6).join(' '))}\n\n${paragraph()}\n\n${paragraph()}`);
		sections.push(`## ${capitalize(run(3, 6).join(' '))}\n\n${paragraph()}\n\n${Array.from({ length: between(3, 5) }, () => `- ${sentence(6, 12)}`).join('\n')}`);
		const table =
			random() < TABLE_SHARE
				? `\n\n| ${run(3, 3).join(' | ')} |\n|---|---|---|\n${Array.from({ length: 4 }, () => `| ${run(3, 3).join(' | ')} |`).join('\n')}`
				: '';
		sections.push(`## ${capitalize(run(3, 6).join(' '))}\n\n${paragraph()} Compare [${run(2, 4).join(' ')}](/q/${linkB}/).${table}\n\n${paragraph()}`);
		const code =
			random() < CODE_SHARE
				? `\n\n\`\`\`yaml\n${Array.from({ length: between(6, 12) }, (_, line) => `${'  '.repeat(line % 3)}${kebab(run(1, 2))}: ${run(1, 3).join(' ')}`).join('\n')}\n\`\`\``
				: '';
		sections.push(`## ${capitalize(run(3, 6).join(' '))}\n\n${paragraph()}${code}\n\n${paragraph()}`);
		// Leftover coined words go into the pitfalls, so every question owns all of its words.
		const pitfalls = Array.from({ length: between(3, 5) }, () => `- **${capitalize(run(2, 4).join(' '))}.** ${sentence()}`);
		sections.push(`## Common pitfalls\n\n${pitfalls.join('\n')}${coinedLeft.length > 0 ? `\n- **${capitalize(coinedLeft.join(' '))}.** ${sentence()}` : ''}`);

		const summaryWords = run(14, 30);
		while (summaryWords.join(' ').length > 190) summaryWords.pop();
		const frontmatter = {
			id,
			title: `How would you ${run(6, 12).join(' ')} with ${coined[0]}?`,
			summary: `${capitalize(summaryWords.join(' '))}.`,
			topics,
			level: pick(LEVELS),
			kind: pick(KINDS),
			keyPoints: Array.from({ length: between(3, 8) }, () => capitalize(run(5, 12).join(' '))),
			followUps: Array.from({ length: between(2, 5) }, () => ({ question: `${capitalize(run(6, 14).join(' '))}?`, answer: `${sentence()} ${sentence()}` })),
			seniorSignals: Array.from({ length: between(2, 4) }, () => capitalize(run(5, 10).join(' '))),
			related: otherIds(id, between(2, 4)),
			keywords: [...coined.slice(1), ...run(0, 4)],
			aliases: id % ALIAS_EVERY === 0 ? [`${slug}-old`] : [],
			updated: UPDATED,
		};
		// JSON strings are valid YAML scalars, so each field is written as JSON.
		const yaml = Object.entries(frontmatter)
			.map(([key, value]) => `${key}: ${typeof value === 'number' || key === 'updated' ? value : JSON.stringify(value)}`)
			.join('\n');
		return { path: `${slug}.mdx`, id, slug, source: `---\n${yaml}\n---\n\n${sections.join('\n\n')}\n` };
	});
}
