/**
 * schema.org structured data (JSON-LD) for question pages, so search engines and link unfurlers
 * know the page is a question with an answer. `FAQPage` rather than `QAPage`: the answer is written
 * by the site, and readers cannot post their own (QAPage is for forums).
 */

/** What a question page says about itself, all already on the page. */
export interface QuestionFacts {
	/** The question, as in the h1. */
	title: string;
	/** The one-sentence answer, also the page description. */
	summary: string;
	/** Absolute canonical URL of the page. */
	url: string;
	updated: Date;
}

/** The FAQPage object for one question and its answer. */
export function questionStructuredData({ title, summary, url, updated }: QuestionFacts) {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		url,
		name: title,
		dateModified: updated.toISOString().slice(0, 10),
		mainEntity: [
			{
				'@type': 'Question',
				name: title,
				acceptedAnswer: { '@type': 'Answer', text: summary, url },
			},
		],
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the element early. */
export function serializeJsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
