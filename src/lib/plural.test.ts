import { describe, expect, it } from 'vitest';
import { countOf } from './plural';

describe('countOf()', () => {
	it('uses the singular for exactly one', () => {
		expect(countOf(1, 'question')).toBe('1 question');
		expect(countOf(0, 'question')).toBe('0 questions');
		expect(countOf(2, 'story', 'stories')).toBe('2 stories');
	});
});
