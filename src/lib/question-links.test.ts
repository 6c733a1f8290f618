import { describe, expect, it } from 'vitest';
import { resolveQuestionLink } from './question-links';

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
