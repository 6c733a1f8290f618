import { describe, expect, it } from 'vitest';
import { debriefOf, endDrill, impactOf, roundImpact, startDrill, takeAction, type PlayableDrill } from './drill-session';

const drill: PlayableDrill = {
	id: 1,
	timeLimit: 30,
	impact: { label: 'Error budget burned', unit: '%', perMinute: 0.5 },
	expertPath: ['look', 'find', 'fix', 'confirm'],
	actions: [
		{ id: 'look', minutes: 2, effect: 'none', redHerring: false },
		{ id: 'find', minutes: 3, effect: 'none', redHerring: false },
		{ id: 'fix', minutes: 5, effect: 'mitigates', redHerring: false },
		{ id: 'confirm', minutes: 1, effect: 'none', redHerring: false },
		{ id: 'herring', minutes: 4, effect: 'none', redHerring: true },
		{ id: 'restart-all', minutes: 2, effect: 'worsens', penalty: 3, redHerring: false },
	],
};
const play = (...ids: string[]) => ids.reduce((session, id) => takeAction(drill, session, id), startDrill());

describe('a drill session', () => {
	it('moves the clock by each action and stops the impact at mitigation', () => {
		const session = play('look', 'find', 'fix');
		expect(session).toMatchObject({ minute: 10, mitigatedAt: 10, finished: false });
		expect(impactOf(drill, session)).toBe(5);
		const later = play('look', 'find', 'fix', 'confirm');
		expect(impactOf(drill, later)).toBe(5);
	});
	it('adds the penalty of an action that makes things worse', () => {
		expect(impactOf(drill, play('restart-all'))).toBe(0.5 * 2 + 3);
	});
	it('ends at the time limit, and then ignores further actions', () => {
		const session = play('herring', 'herring', 'herring', 'herring', 'herring', 'herring', 'herring', 'herring');
		expect(session).toMatchObject({ minute: 30, finished: true, mitigatedAt: undefined });
		expect(takeAction(drill, session, 'fix')).toBe(session);
		expect(impactOf(drill, session)).toBe(15);
	});
	it('ends when the player says so', () => expect(endDrill(play('look')).finished).toBe(true));
	it('refuses an action the drill does not have', () => expect(() => takeAction(drill, startDrill(), 'nope')).toThrow('drill 1 has no action "nope"'));
});

describe('debriefOf()', () => {
	it('compares the play with the expert path', () => {
		const debrief = debriefOf(drill, play('herring', 'fix', 'look', 'restart-all', 'look'));
		expect(debrief).toEqual({
			mitigated: true,
			minutesToMitigate: 9,
			impact: 0.5 * 9 + 3,
			expert: { minutesToMitigate: 10, impact: 5 },
			missed: ['find', 'confirm'],
			// The fix came before the look that should precede it.
			outOfOrder: ['fix'],
			redHerrings: ['herring'],
			harmful: ['restart-all'],
		});
	});
	it('says when the incident was never mitigated', () => {
		expect(debriefOf(drill, endDrill(play('look')))).toMatchObject({ mitigated: false, minutesToMitigate: undefined, missed: ['find', 'fix', 'confirm'], outOfOrder: [] });
	});
});

it('roundImpact() keeps one decimal below 100', () => {
	expect(roundImpact(7.25)).toBe(7.3);
	expect(roundImpact(1234.5)).toBe(1235);
});
