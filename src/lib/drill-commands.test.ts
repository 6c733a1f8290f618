import { describe, expect, it } from 'vitest';
import { matchAction, suggestActions } from './drill-commands';

const actions = [
	{ id: 'df', label: 'Check filesystem usage (df -h)', typed: ['df -h', 'df'] },
	{ id: 'du', label: 'Measure the largest directories (du)', typed: ['du -sh /var/*', 'du'] },
	{ id: 'lsof', label: 'List deleted files still open (lsof +L1)', typed: ['lsof +L1', 'lsof | grep deleted'] },
	{ id: 'ask', label: 'Ask what changed today', typed: ['ask what changed'] },
];

describe('matchAction()', () => {
	it('matches a typed form after normalising case, spaces, a prompt and sudo', () => {
		expect(matchAction(actions, '  SUDO   lsof  +L1 ')?.id).toBe('lsof');
		expect(matchAction(actions, '$ df -h')?.id).toBe('df');
		expect(matchAction(actions, 'sudo du')?.id).toBe('du');
	});
	it('matches the label too', () => expect(matchAction(actions, 'ask what changed today')?.id).toBe('ask'));
	it('matches nothing for anything else', () => {
		expect(matchAction(actions, 'df -hT /var')).toBeUndefined();
		expect(matchAction(actions, '   ')).toBeUndefined();
	});
});

describe('suggestActions()', () => {
	it('ranks actions by the words they share with the input', () => {
		expect(suggestActions(actions, 'df -hT /var').map((action) => action.id)).toEqual(['df', 'du']);
		expect(suggestActions(actions, 'what changed').map((action) => action.id)).toEqual(['ask']);
		expect(suggestActions(actions, 'deleted files').map((action) => action.id)).toEqual(['lsof', 'df']);
	});
	it('suggests nothing for an empty input or unknown words', () => {
		expect(suggestActions(actions, '')).toEqual([]);
		expect(suggestActions(actions, 'zzz qqq')).toEqual([]);
	});
});
