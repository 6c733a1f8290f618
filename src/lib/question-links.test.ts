import { describe, expect, it } from 'vitest';
import { resolveQuestionLink, rewriteShortLinks } from './question-links';

const slugs = (id: number) => (id === 17 ? 'actionable-alerts-without-fatigue' : undefined);

describe('resolveQuestionLink()', () => {
	it('rewrites a short link to the canonical page under the base', () => {
		expect(resolveQuestionLink('/q/17/', slugs, '/sre-prep/')).toEqual({ ok: true, href: '/sre-prep/questions/actionable-alerts-without-fatigue/' });
	});
	it('keeps the hash', () => {
		expect(resolveQuestionLink('/q/17/#burn-rates', slugs, '/')).toEqual({ ok: true, href: '/questions/actionable-alerts-without-fatigue/#burn-rates' });
	});
	it('reports an unknown id', () => {
		expect(resolveQuestionLink('/q/99/', slugs, '/')).toEqual({ ok: false, error: 'links to /q/99/ but no question has id 99' });
	});
	it('leaves other links alone', () => {
		expect(resolveQuestionLink('https://sre.google/', slugs, '/')).toBeUndefined();
	});
});

const absolute = (id: number, hash: string) => `https://x.io/base/q/${id}/${hash}`;

describe('rewriteShortLinks()', () => {
	it('rewrites inline short links, keeping the hash', () => {
		expect(rewriteShortLinks('See [alerts](/q/17/) and [budget](/q/3/#burn).', absolute)).toBe(
			'See [alerts](https://x.io/base/q/17/) and [budget](https://x.io/base/q/3/#burn).',
		);
	});
	it('rewrites a short link without its trailing slash', () => {
		expect(rewriteShortLinks('[a](/q/5)', absolute)).toBe('[a](https://x.io/base/q/5/)');
	});
	it('rewrites reference definitions', () => {
		expect(rewriteShortLinks('[a][ref]\n\n[ref]: /q/9/', absolute)).toBe('[a][ref]\n\n[ref]: https://x.io/base/q/9/');
	});
	it('leaves other links and bare text alone', () => {
		const text = 'Visit [sre](https://sre.google/q/1/) or [list](/questions/); the path /q/2/ in prose stays.';
		expect(rewriteShortLinks(text, absolute)).toBe(text);
	});
	it('leaves short links inside code alone, whichever fence they sit in', () => {
		const text = 'Run:\n\n~~~md\n[a](/q/1/)\n~~~\n\nand `[b](/q/2/)`.';
		expect(rewriteShortLinks(text, absolute)).toBe(text);
	});
	it('rewrites a link whose text holds brackets, and keeps the rest of the text as written', () => {
		expect(rewriteShortLinks('* see [the [v2] runbook](/q/4/#steps "Runbook")', absolute)).toBe('* see [the [v2] runbook](https://x.io/base/q/4/#steps "Runbook")');
	});
});
