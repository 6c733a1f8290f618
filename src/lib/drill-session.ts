/**
 * A troubleshooting drill as it is played: a simulated clock that each action moves on, a
 * user-impact measure that grows until the incident is mitigated, and the debrief that compares
 * what the player did with the expert path. Values only; the drill element renders them.
 */
import type { DrillData } from './drill-schema';

/** The parts of a drill the session needs (the page embeds just these). */
export type PlayableDrill = Pick<DrillData, 'id' | 'timeLimit' | 'impact' | 'expertPath'> & {
	actions: Pick<DrillData['actions'][number], 'id' | 'minutes' | 'effect' | 'penalty' | 'redHerring'>[];
};

export interface DrillSession {
	/** Ids of the actions taken, in order (an action may be taken again). */
	taken: string[];
	/** Simulated minutes since the page arrived. */
	minute: number;
	/** Impact added at once by actions that made things worse. */
	penalties: number;
	/** The minute the first mitigating action completed; undefined while users are still hurt. */
	mitigatedAt: number | undefined;
	/** True once the player ends the drill or the time limit is reached. */
	finished: boolean;
}

export function startDrill(): DrillSession {
	return { taken: [], minute: 0, penalties: 0, mitigatedAt: undefined, finished: false };
}

function actionOf(drill: PlayableDrill, id: string) {
	const action = drill.actions.find((candidate) => candidate.id === id);
	if (!action) throw new Error(`drill ${drill.id} has no action "${id}"`);
	return action;
}

/** The session after taking an action: the clock moves on by its minutes (never past the limit, which ends the drill). */
export function takeAction(drill: PlayableDrill, session: DrillSession, id: string): DrillSession {
	if (session.finished) return session;
	const action = actionOf(drill, id);
	const minute = Math.min(drill.timeLimit, session.minute + action.minutes);
	return {
		taken: [...session.taken, id],
		minute,
		penalties: session.penalties + (action.effect === 'worsens' ? (action.penalty ?? 0) : 0),
		mitigatedAt: session.mitigatedAt ?? (action.effect === 'mitigates' ? minute : undefined),
		finished: minute >= drill.timeLimit,
	};
}

export function endDrill(session: DrillSession): DrillSession {
	return session.finished ? session : { ...session, finished: true };
}

/** User impact so far: it grows each minute until mitigation, plus what harmful actions added. */
export function impactOf(drill: PlayableDrill, session: DrillSession): number {
	return drill.impact.perMinute * (session.mitigatedAt ?? session.minute) + session.penalties;
}

/** Rounds an impact for display and storage: one decimal below 100, whole numbers above. */
export function roundImpact(value: number): number {
	return value < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}

export interface DrillDebrief {
	mitigated: boolean;
	/** Minutes to mitigation, when mitigated. */
	minutesToMitigate: number | undefined;
	impact: number;
	/** Minutes and impact along the expert path, up to its first mitigation. */
	expert: { minutesToMitigate: number; impact: number };
	/** Expert steps the player never took, in expert order. */
	missed: string[];
	/** Expert steps the player took, but out of the expert's order. */
	outOfOrder: string[];
	/** Red herrings and harmful actions taken, each once, in the order first taken. */
	redHerrings: string[];
	harmful: string[];
}

/** The indexes (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
	const previous: number[] = [];
	const tails: number[] = [];
	values.forEach((value, index) => {
		let low = 0;
		let high = tails.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (values[tails[middle]] < value) low = middle + 1;
			else high = middle;
		}
		previous[index] = low > 0 ? tails[low - 1] : -1;
		tails[low] = index;
	});
	const kept = new Set<number>();
	for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]) kept.add(index);
	return kept;
}

export function debriefOf(drill: PlayableDrill, session: DrillSession): DrillDebrief {
	const firstTaken = [...new Set(session.taken)];
	const expertSteps = firstTaken.filter((id) => drill.expertPath.includes(id));
	const inOrder = longestIncreasing(expertSteps.map((id) => drill.expertPath.indexOf(id)));
	const firstMitigation = drill.expertPath.findIndex((id) => actionOf(drill, id).effect === 'mitigates');
	const expertMinutes = drill.expertPath.slice(0, firstMitigation + 1).reduce((sum, id) => sum + actionOf(drill, id).minutes, 0);
	return {
		mitigated: session.mitigatedAt !== undefined,
		minutesToMitigate: session.mitigatedAt,
		impact: impactOf(drill, session),
		expert: { minutesToMitigate: expertMinutes, impact: drill.impact.perMinute * expertMinutes },
		missed: drill.expertPath.filter((id) => !firstTaken.includes(id)),
		outOfOrder: expertSteps.filter((_, index) => !inOrder.has(index)),
		redHerrings: firstTaken.filter((id) => actionOf(drill, id).redHerring),
		harmful: firstTaken.filter((id) => actionOf(drill, id).effect === 'worsens'),
	};
}
