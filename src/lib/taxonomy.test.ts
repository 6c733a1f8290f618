import { describe, expect, test } from 'vitest';
import { FACET_OPTIONS, FACETS, KINDS, LEVELS, TOPICS, getTopic, kindLabel, levelLabel } from './taxonomy';

describe('facet options', () => {
	test('offer every value of each vocabulary once, in its order, with its label', () => {
		expect(FACET_OPTIONS.topic).toEqual(TOPICS.map((topic) => ({ value: topic.slug, label: getTopic(topic.slug).label })));
		expect(FACET_OPTIONS.level.map((option) => option.value)).toEqual([...LEVELS]);
		expect(FACET_OPTIONS.kind.map((option) => option.value)).toEqual([...KINDS]);
		expect(FACET_OPTIONS.level.find((option) => option.value === 'staff')?.label).toBe(levelLabel('staff'));
		expect(FACET_OPTIONS.kind.find((option) => option.value === 'design')?.label).toBe(kindLabel('design'));
		for (const facet of FACETS) expect(new Set(FACET_OPTIONS[facet].map((option) => option.value)).size).toBe(FACET_OPTIONS[facet].length);
	});
});
