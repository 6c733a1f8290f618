import { describe, expect, test } from 'vitest';
import { FACET_OPTIONS, FACETS, KINDS, LEVELS, TOPICS, getTopic, kindLabel, levelLabel, questionTags, tagLabels } from './taxonomy';

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

describe('question tags', () => {
	test('come as level, kind, then topics, each with its facet and label', () => {
		expect(questionTags({ level: 'senior', kind: 'troubleshooting', topics: ['kubernetes', 'troubleshooting'] })).toEqual([
			{ facet: 'level', value: 'senior', label: 'Senior' },
			{ facet: 'kind', value: 'troubleshooting', label: 'Troubleshooting' },
			{ facet: 'topic', value: 'kubernetes', label: 'Kubernetes' },
			{ facet: 'topic', value: 'troubleshooting', label: 'Troubleshooting' },
		]);
	});

	test('leave out a level or kind the caller does not know', () => {
		expect(questionTags({ topics: ['linux'] }).map((tag) => tag.facet)).toEqual(['topic']);
	});

	test('show a label shared by a kind and a topic once when the chips link nowhere', () => {
		expect(tagLabels(questionTags({ level: 'mid', kind: 'troubleshooting', topics: ['troubleshooting', 'linux'] }))).toEqual(['Mid-level', 'Troubleshooting', 'Linux & OS internals']);
	});
});
