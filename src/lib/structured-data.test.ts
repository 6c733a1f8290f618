import { describe, expect, it } from 'vitest';
import { questionStructuredData, serializeJsonLd } from './structured-data';

const facts = {
	title: 'What makes an alert worth paging someone for?',
	summary: 'Page only when users are hurting and a human must act now.',
	url: 'https://example.github.io/sre-prep/questions/actionable-alerts-without-fatigue/',
	updated: new Date('2026-11-29T00:00:00Z'),
};

describe('questionStructuredData()', () => {
	it('describes the page as an FAQPage whose one question has the summary as its accepted answer', () => {
		expect(questionStructuredData(facts)).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			url: facts.url,
			name: facts.title,
			dateModified: '2026-11-29',
			mainEntity: [{ '@type': 'Question', name: facts.title, acceptedAnswer: { '@type': 'Answer', text: facts.summary, url: facts.url } }],
		});
	});
});

describe('serializeJsonLd()', () => {
	it('round-trips through JSON.parse', () => {
		const data = questionStructuredData(facts);
		expect(JSON.parse(serializeJsonLd(data))).toEqual(JSON.parse(JSON.stringify(data)));
	});

	it('cannot close its script element, whatever the text', () => {
		const json = serializeJsonLd({ name: 'Why </script><script>alert(1)</script>?' });
		expect(json).not.toContain('<');
		expect(JSON.parse(json)).toEqual({ name: 'Why </script><script>alert(1)</script>?' });
	});
});
