import { describe, expect, it } from 'vitest';
import { matchingSections, shapeResult, type PagefindResultData } from './search-results';
import { findMatches } from './search-highlight';
import { highlightPhrases } from './search-query';

const data: PagefindResultData = {
	url: '/sre-prep/questions/slis-slos-error-budgets/',
	content: 'Budgets guide releases. Intro words here. Arithmetic of the budget: an error budget is what is left. Policy text: the budget policy binds. Other: nothing.',
	meta: { number: '3', title: 'Which SLIs and SLOs have you run?' },
	filters: { level: ['mid'], kind: ['technical'], topic: ['slo-sli', 'alerting'] },
	anchors: [
		{ element: 'h2', id: 'arithmetic', text: 'Arithmetic', location: 6 },
		{ element: 'div', id: 'not-a-heading', location: 9 },
		{ element: 'h2', id: 'policy', text: 'Policy', location: 17 },
		{ element: 'h2', id: 'other', text: 'Other', location: 23 },
	],
};

describe('matchingSections()', () => {
	it('lists the headings whose sections match most, in page order, as highlighted deep links', () => {
		expect(matchingSections(data, findMatches(data.content, highlightPhrases('error budget')), 'error budget')).toEqual([
			{ title: 'Arithmetic', href: '/sre-prep/questions/slis-slos-error-budgets/?highlight=error+budget#arithmetic' },
			{ title: 'Policy', href: '/sre-prep/questions/slis-slos-error-budgets/?highlight=error+budget#policy' },
		]);
	});
	it('skips sections without a match', () => {
		expect(matchingSections(data, findMatches(data.content, highlightPhrases('policy')), 'policy').map((s) => s.title)).toEqual(['Policy']);
	});
});

describe('shapeResult()', () => {
	const result = shapeResult(data, highlightPhrases('error budget'), 'error budget');
	it('takes number, title and a highlighting link', () => {
		expect(result.number).toBe(3);
		expect(result.title).toBe('Which SLIs and SLOs have you run?');
		expect(result.href).toBe('/sre-prep/questions/slis-slos-error-budgets/?highlight=error+budget');
	});
	it('labels level, kind and topics in page order', () => expect(result.chips).toEqual(['Mid-level', 'Technical', 'SLIs, SLOs & error budgets', 'Alerting']));
	it('shows a label shared by kind and topic once', () => {
		const troubleshooting = shapeResult({ ...data, filters: { level: ['mid'], kind: ['troubleshooting'], topic: ['troubleshooting'] } }, [], '');
		expect(troubleshooting.chips).toEqual(['Mid-level', 'Troubleshooting']);
	});
	it('marks the search in the excerpt', () => expect(result.excerpt.filter((s) => s.marked).map((s) => s.text)).toContain('error budget'.split(' ')[0]));
});
