import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyFieldFixes, frontmatterPunctuationFixes } from './frontmatter-typography';

const FRONTMATTER = `id: 7
title: 'What''s "toil", and why isn''t it all ops work?'
summary: "Plain text, already fine."
keyPoints:
  - "Don't count on \`kubectl get 'pods'\`"
  - "Fine"
followUps:
  - question: "Who's on call?"
    answer: "Left alone: it's Markdown the build renders."
keywords: ["don't touch"]
story:
  title: "The night we'd rather forget"
  core: "Fine"
`;

describe('frontmatterPunctuationFixes', () => {
	const fixes = frontmatterPunctuationFixes(FRONTMATTER);

	it('finds the short text fields that are not typographic, with their lines', () => {
		expect(fixes.map(({ field, line }) => [field, line])).toEqual([
			['title', 2],
			['keyPoints[0]', 5],
			['followUps[0].question', 8],
			['story.title', 12],
		]);
	});

	it('writes them back as double-quoted YAML, code spans and other fields untouched', () => {
		const data = parse(applyFieldFixes(FRONTMATTER, fixes));
		expect(data.title).toBe('What’s “toil”, and why isn’t it all ops work?');
		expect(data.keyPoints).toEqual(['Don’t count on `kubectl get \'pods\'`', 'Fine']);
		expect(data.followUps[0]).toEqual({ question: 'Who’s on call?', answer: 'Left alone: it\'s Markdown the build renders.' });
		expect(data.keywords).toEqual(["don't touch"]);
		expect(data.story.title).toBe('The night we’d rather forget');
		expect(frontmatterPunctuationFixes(applyFieldFixes(FRONTMATTER, fixes))).toEqual([]);
	});

	it('smartens quotes only: a bare --flag keeps its dashes', () => {
		expect(frontmatterPunctuationFixes('title: "Run it with --describe... and it\'s done"\n')[0].typographic).toBe('Run it with --describe... and it’s done');
	});

	it('reads < and { as text, not as MDX', () => {
		expect(frontmatterPunctuationFixes('title: "Why p99 < 200 ms {roughly} isn\'t enough"\n')[0].typographic).toBe('Why p99 < 200 ms {roughly} isn’t enough');
	});

	it('refuses YAML it cannot read', () => {
		expect(() => frontmatterPunctuationFixes("title: 'isn't'\n")).toThrow();
	});

	it('refuses a block scalar, naming the field', () => {
		expect(() => frontmatterPunctuationFixes("summary: |\n  It's long.\n")).toThrow(/^summary: a block scalar/);
	});
});
