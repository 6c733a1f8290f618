import { describe, expect, it } from 'vitest';
import { formatEstimate, judgeEstimate, parseEstimate, verdictMessage } from './worksheet-check';

describe('parseEstimate()', () => {
	it('reads numbers as people type them', () => {
		expect(parseEstimate('120')).toBe(120);
		expect(parseEstimate('120,000')).toBe(120_000);
		expect(parseEstimate(' 1.2e5 ')).toBe(120_000);
		expect(parseEstimate('4.5k')).toBe(4_500);
		expect(parseEstimate('3 M')).toBe(3_000_000);
		expect(parseEstimate('~2B')).toBe(2e9);
		expect(parseEstimate('.5')).toBe(0.5);
	});
	it('refuses anything else', () => {
		for (const text of ['', 'abc', '12 apples', '1..2', '-5', 'k']) expect(parseEstimate(text), text).toBeUndefined();
	});
});

describe('judgeEstimate()', () => {
	it('accepts anything within the tolerance factor, either way', () => {
		expect(judgeEstimate(60, 120, 2)).toEqual({ kind: 'close', factor: 2 });
		expect(judgeEstimate(240, 120, 2)).toEqual({ kind: 'close', factor: 2 });
		expect(judgeEstimate(59, 120, 2).kind).toBe('too-low');
		expect(judgeEstimate(1200, 120, 2)).toEqual({ kind: 'too-high', factor: 10 });
	});
	it('needs a number above zero', () => {
		expect(judgeEstimate(undefined, 120, 2)).toEqual({ kind: 'not-a-number' });
		expect(judgeEstimate(0, 120, 2)).toEqual({ kind: 'not-a-number' });
	});
});

describe('messages', () => {
	it('round as a candidate would', () => {
		expect(formatEstimate(38.58)).toBe('38.6');
		expect(formatEstimate(115_740)).toBe('116,000');
	});
	it('say how far off an estimate is', () => {
		expect(verdictMessage({ kind: 'close', factor: 1.2 }, 120, 'writes/s', 1.5)).toBe('Within 1.5× of the worked value (120 writes/s): close enough for the design.');
		expect(verdictMessage({ kind: 'too-high', factor: 1000 }, 120, 'writes/s', 2)).toMatch(/^Too high: about 1,000 times over/);
		expect(verdictMessage({ kind: 'too-low', factor: 3 }, 120, 'writes/s', 2)).toMatch(/^Too low: 3\.0 times under/);
	});
});
