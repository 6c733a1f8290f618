import { describe, expect, it } from 'vitest';
import { formatIdRanges, parseIdRanges } from './id-ranges';

describe('formatIdRanges() and parseIdRanges()', () => {
	it('writes runs as ranges and single ids alone', () => {
		expect(formatIdRanges([5, 1, 2, 3, 3, 9, 10])).toBe('1-3,5,9-10');
		expect(formatIdRanges([])).toBe('');
	});
	it('reads back what it writes', () => {
		const ids = [1, 2, 3, 7, 40, 41, 42, 152];
		expect(parseIdRanges(formatIdRanges(ids))).toEqual(ids);
		expect(parseIdRanges('')).toEqual([]);
	});
	it('stays short for a whole bank', () => expect(formatIdRanges(Array.from({ length: 5000 }, (_, index) => index + 1))).toBe('1-5000'));
	it('refuses text it did not write, naming the part', () => {
		expect(() => parseIdRanges('1-3,x')).toThrow('"x" in "1-3,x" is not an id or a range of ids');
		expect(() => parseIdRanges('5-2')).toThrow('ends before it starts');
	});
});
