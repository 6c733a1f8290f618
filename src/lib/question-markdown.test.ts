import { describe, expect, it } from 'vitest';
import { questionToMarkdown } from './question-markdown';

describe('questionToMarkdown()', () => {
	const markdown = questionToMarkdown({
		data: {
			id: 17,
			title: 'What makes an alert "worth" paging?',
			summary: 'Page on symptoms.',
			topics: ['alerting', 'slo-sli'],
			level: 'mid',
			kind: 'technical',
			keyPoints: ['Urgent', 'Actionable', 'User-facing'],
			seniorSignals: ['Ties pages to the SLO', 'Owns the paging policy'],
			followUps: [
				{ question: 'Low traffic?', answer: 'Use longer windows; see [#3](/q/3/).' },
				{ question: 'Which causes?', answer: '- saturation\n- errors' },
			],
			updated: new Date('2026-11-29'),
		},
		body: '\nDirect answer, see [#3](/q/3/).\n\n## Section\n\nText.\n',
		permalink: 'https://x.io/base/q/17/',
		permalinkOf: (id) => `https://x.io/base/q/${id}/`,
		siteTitle: 'SRE Prep',
	});

	it('starts with frontmatter whose strings survive quotes', () => {
		expect(markdown.split('\n').slice(0, 3)).toEqual(['---', 'title: "What makes an alert \\"worth\\" paging?"', 'id: 17']);
		expect(markdown).toContain('topics: ["alerting","slo-sli"]\n');
		expect(markdown).toContain('updated: 2026-11-29\n---\n');
	});
	it('has the title, summary, answer, key points, senior signals and answered follow-ups in order, with absolute links', () => {
		const order = ['# What makes', '> Page on symptoms.', 'Direct answer, see [#3](https://x.io/base/q/3/).', '## Section', '## Key points\n\n- Urgent\n- Actionable\n- User-facing',
			'## What a senior answer adds\n\n- Ties pages to the SLO\n- Owns the paging policy',
			'## Likely follow-ups\n\n### Low traffic?\n\nUse longer windows; see [#3](https://x.io/base/q/3/).\n\n### Which causes?\n\n- saturation\n- errors',
		];
		const positions = order.map((text) => markdown.indexOf(text));
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});
	it('ends with the permalink', () => expect(markdown.endsWith('From SRE Prep, question #17: <https://x.io/base/q/17/>\n')).toBe(true));
});
