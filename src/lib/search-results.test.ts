import { describe, expect, it } from 'vitest';
import { matchingSections, shapeResult, type PagefindResultData } from './search-results';

const url = '/sre-prep/questions/slis-slos-error-budgets/';
const data: PagefindResultData = {
	url,
	excerpt: 'An <mark>error</mark> <mark>budget</mark> is what is left.',
	meta: { number: '3', title: 'Which SLIs and SLOs have you run?' },
	filters: { level: ['mid'], kind: ['technical'], topic: ['slo-sli', 'alerting'] },
	sub_results: [
		{ title: 'Which SLIs and SLOs have you run?', url, locations: [1, 2] },
		{ title: 'Arithmetic', url: `${url}#arithmetic`, locations: [8, 9], anchor: { element: 'h2' } },
		{ title: 'Deep dive', url: `${url}#deep-dive`, locations: [12], anchor: { element: 'h4' } },
		{ title: 'Policy', url: `${url}#policy`, locations: [18, 19, 20], anchor: { element: 'h2' } },
		{ title: 'Other', url: `${url}#other`, locations: [30], anchor: { element: 'h3' } },
		{ title: 'Quiet', url: `${url}#quiet`, locations: [], anchor: { element: 'h2' } },
	],
};

describe('matchingSections()', () => {
	it('lists the h2/h3 sections that match most, in page order, as highlighted deep links', () => {
		expect(matchingSections(data, 'error budget')).toEqual([
			{ title: 'Arithmetic', href: `${url}?highlight=error+budget#arithmetic` },
			{ title: 'Policy', href: `${url}?highlight=error+budget#policy` },
		]);
	});
	it('skips the opening, other headings and sections without a match', () => {
		const sections = matchingSections({ ...data, sub_results: data.sub_results.filter((s) => !['Arithmetic', 'Policy'].includes(s.title)) }, 'x');
		expect(sections.map((s) => s.title)).toEqual(['Other']);
	});
});

describe('shapeResult()', () => {
	const result = shapeResult(data, 'error budget');
	it('takes number, title, excerpt and a highlighting link', () => {
		expect(result.number).toBe(3);
		expect(result.title).toBe('Which SLIs and SLOs have you run?');
		expect(result.href).toBe(`${url}?highlight=error+budget`);
		expect(result.excerpt).toBe(data.excerpt);
	});
	it('labels level, kind and topics in page order', () => expect(result.chips).toEqual(['Mid-level', 'Technical', 'SLIs, SLOs & error budgets', 'Alerting']));
	it('shows a label shared by kind and topic once', () => {
		const troubleshooting = shapeResult({ ...data, filters: { level: ['mid'], kind: ['troubleshooting'], topic: ['troubleshooting'] } }, '');
		expect(troubleshooting.chips).toEqual(['Mid-level', 'Troubleshooting']);
	});
});
