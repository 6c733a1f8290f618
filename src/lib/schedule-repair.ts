/**
 * Makes stored schedules usable by the scheduler. `progress-document.ts` checks that a schedule has
 * the right shape; ts-fsrs (5.x) also refuses some well-formed values, and throws while grading:
 * - a memory state below its floor (stability under 0.001 or difficulty under 1, unless both are
 *   0, which is how it marks a card with no memory yet);
 * - a last review after the moment of grading (a device whose clock ran ahead, or a file exported
 *   from one), which gives a negative time since the review.
 * Such values arrive only from outside (another device, an edited file), so they are repaired
 * where progress is read or imported, and the reader is told which cards changed and how.
 * Free of ts-fsrs, so reading pages stay light; `scheduler.test.ts` proves the repaired cards grade.
 */
import type { CardProgress, ProgressDocument, StoredSchedule } from './progress-document';

/** ts-fsrs's lowest stability (`S_MIN`) and difficulty for a card that has a memory state. */
const MIN_STABILITY = 0.001;
const MIN_DIFFICULTY = 1;

/** What was wrong with one card's schedule, and what was done about it. */
export interface ScheduleRepair {
	id: string;
	problem: string;
	/** `restarted`: the schedule was dropped, so the card is new again and due now; `review-dated-now`: its last review counts as now. */
	fix: 'restarted' | 'review-dated-now';
}

function memoryStateProblem({ stability, difficulty }: StoredSchedule): string | undefined {
	if (stability === 0 && difficulty === 0) return undefined;
	if (stability < MIN_STABILITY) return `its stability (${stability}) is not above zero`;
	if (difficulty < MIN_DIFFICULTY) return `its difficulty (${difficulty}) is below 1`;
	return undefined;
}

function repairCard(id: string, card: CardProgress, now: Date): { card: CardProgress; repair?: ScheduleRepair } {
	const schedule = card.schedule;
	if (!schedule) return { card };
	const memoryProblem = memoryStateProblem(schedule);
	if (memoryProblem) return { card: { ...card, schedule: null }, repair: { id, problem: memoryProblem, fix: 'restarted' } };
	if (schedule.last_review && Date.parse(schedule.last_review) > now.getTime()) {
		return {
			card: { ...card, schedule: { ...schedule, last_review: now.toISOString() } },
			repair: { id, problem: 'its last review is dated in the future', fix: 'review-dated-now' },
		};
	}
	return { card };
}

/** The document with every schedule the scheduler cannot use repaired, and a list of what changed (empty when nothing did). */
export function repairSchedules(document: ProgressDocument, now: Date): { document: ProgressDocument; repairs: ScheduleRepair[] } {
	const repairs: ScheduleRepair[] = [];
	let cards: Record<string, CardProgress> | undefined;
	for (const [id, card] of Object.entries(document.cards)) {
		const repaired = repairCard(id, card, now);
		if (!repaired.repair) continue;
		repairs.push(repaired.repair);
		cards ??= { ...document.cards };
		cards[id] = repaired.card;
	}
	return { document: cards ? { ...document, cards } : document, repairs };
}
