/**
 * What the reader is told about their saved progress: store problems, kept copies and imports.
 * One wording for every page that shows progress. Pure.
 */
import type { Grade, ReadableCards } from './progress-document';
import type { MergeResult } from './progress-merge';
import { KEPT_PREFIX, type KeptCopy, type StoreHealth, type WriteOutcome } from './progress-store';
import type { ScheduleRepair } from './schedule-repair';
import { countOf } from './plural';

/** How each grade is named on buttons and in summaries. Two-button study calls "good" "Got it". */
export const GRADE_LABELS: Record<Grade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };


/**
 * A one-line warning for pages that show progress, or undefined when all is well. It is worded
 * from the copies kept aside, which stay until the reader deals with them, so every element on a
 * page says the same whichever of them happened to read the store first.
 */
export function storeNotice(health: StoreHealth, kept: readonly KeptCopy[]): string | undefined {
	if (health.state === 'unavailable') return 'This browser is blocking site storage, so study progress cannot be saved here.';
	if (health.state === 'blocked') {
		return (
			'Your saved study progress could not be read, and there was no room to copy it aside, so nothing will be saved over it. ' +
			'Download it as it is from Your progress, or free some browser storage (for example other sites’ data) and reload to keep it aside.'
		);
	}
	if (kept.some((copy) => !copy.parsed.ok && copy.parsed.reason === 'newer-version')) {
		return 'Your saved study progress comes from a newer version of this site. It is kept aside, unchanged, and you can download it.';
	}
	if (kept.some((copy) => !copy.parsed.ok)) return 'Some saved study progress could not be read. It is kept aside, unchanged, and you can download it.';
	if (kept.length > 0) return 'Study progress kept aside earlier can now be read: you can merge it back into yours.';
	return undefined;
}

/**
 * What a desired retention means, in one line: how much is still recalled when a card comes back,
 * and the workload against the default (`load` from `reviewLoad()`: 2.2 means 2.2 times the reviews).
 */
export function retentionHint(retention: number, load: number): string {
	const recalled = `At ${Math.round(retention * 100)} %, you should still recall about ${Math.round(retention * 100)} of every 100 cards when they come back`;
	if (Math.abs(load - 1) < 0.05) return `${recalled}. This is FSRS’s default, and a good balance of recall and workload.`;
	return `${recalled}, for about ${load.toFixed(1)} times the reviews of the 90 % default${load > 1 ? '' : ' (fewer reviews, more forgetting)'}.`;
}

/** How many repairs a notice names before it sums up the rest. */
const REPAIRS_NAMED = 3;

/**
 * What the reader is told about schedules repaired on reading or import (see `schedule-repair.ts`),
 * or undefined when there were none.
 */
export function repairNotice(repairs: readonly ScheduleRepair[]): string | undefined {
	if (repairs.length === 0) return undefined;
	const named = repairs.slice(0, REPAIRS_NAMED).map(({ id, problem, fix }) =>
		fix === 'restarted' ? `question ${id} starts again as a new card (${problem})` : `question ${id}’s last review counts as now (${problem}; is a device clock ahead?)`,
	);
	const more = repairs.length > REPAIRS_NAMED ? `; and ${countOf(repairs.length - REPAIRS_NAMED, 'more card')}` : '';
	return `Some saved schedules could not be used and were repaired: ${named.join('; ')}${more}.`;
}

/** What a failed write means and what the reader can do about it, for the visible message where they saved. */
export function saveFailureNotice(outcome: Extract<WriteOutcome, { ok: false }>): string {
	const advice =
		outcome.health.state === 'unavailable'
			? 'Allow site data for this site in the browser’s settings to keep progress.'
			: outcome.health.state === 'blocked'
				? 'Free some browser storage and reload, so the unreadable copy can be kept aside first.'
				: 'Free some browser storage (for example other sites’ data) and try again; Export in Your progress keeps a copy of what is saved.';
	return `${outcome.message} ${advice}`;
}

/** For a session summary: how many of its grades were not saved, or undefined when all were. */
export function unsavedGradesNote(unsaved: number, graded: number): string | undefined {
	if (unsaved === 0) return undefined;
	const what =
		unsaved < graded ? `${countOf(unsaved, 'grade')} ${unsaved === 1 ? 'was' : 'were'} not saved` : graded === 1 ? 'That grade was not saved' : 'None of these grades was saved';
	return `${what}: free some browser storage, then grade ${unsaved === 1 ? 'that card' : 'those cards'} again.`;
}

/** Why a kept copy was set aside, or that it can be read now (a newer site's copy after an upgrade). */
export function keptCopyDescription(copy: KeptCopy): string {
	if (copy.parsed.ok) return 'This copy can be read now: you can merge it into your progress.';
	const readable = copy.readable;
	const salvage =
		readable && Object.keys(readable.cards).length > 0
			? ` You can merge the ${countOf(Object.keys(readable.cards).length, 'card')} in it that can be read; ${countOf(readable.skipped.length, 'card')} cannot.`
			: '';
	return `It could not be read: ${copy.parsed.detail}.${salvage}`;
}

/** Result of merging the readable cards of a kept copy. */
export function salvageMessage(result: MergeResult, readable: ReadableCards): string {
	return `Readable cards merged (${countOf(readable.skipped.length, 'card')} left out, still in the kept copy). ${mergeMessage(result)}`;
}

/** Result of a successful import or merge. */
export function mergeMessage({ added, updated, unchanged }: MergeResult): string {
	if (added + updated + unchanged === 0) return 'The file held no study progress, so nothing changed.';
	const parts = [
		added > 0 && `${countOf(added, 'question')} added`,
		updated > 0 && `${countOf(updated, 'question')} updated with later reviews`,
		unchanged > 0 && `${countOf(unchanged, 'question')} left unchanged (your copy was as recent)`,
	].filter(Boolean);
	return `Imported: ${parts.join(', ')}.`;
}

/** How many unknown ids the progress panel names before it sums up the rest. */
const UNKNOWN_IDS_NAMED = 10;

/** Saved cards of questions this bank lacks (from a larger or newer bank): kept, but not counted. Undefined when there are none. */
export function unknownCardsNotice(ids: readonly number[]): string | undefined {
	if (ids.length === 0) return undefined;
	const named = ids.slice(0, UNKNOWN_IDS_NAMED).join(', ') + (ids.length > UNKNOWN_IDS_NAMED ? ` and ${ids.length - UNKNOWN_IDS_NAMED} more` : '');
	return `Your progress also holds ${countOf(ids.length, 'card')} for questions this site does not have (${ids.length === 1 ? 'id' : 'ids'} ${named}). They are kept and exported, but not counted or studied here.`;
}

/** After Export downloaded the stored bytes, because they could not be read. */
export function unreadableExportMessage(characters: number): string {
	return `Your saved progress could not be read, so it was downloaded exactly as it is stored (${characters.toLocaleString('en')} characters). Keep the file: it is the only copy.`;
}

/** Result of a file that could not be imported. */
export function rejectedImportMessage(detail: string): string {
	return `That file was not imported (${detail}). Your progress is unchanged.`;
}

/** When a kept copy was kept aside, as the progress panel says it. */
export function keptCopyWhen(copy: Pick<KeptCopy, 'keptAt'>): string {
	return copy.keptAt ? `Kept aside on ${copy.keptAt.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}` : 'Kept aside (date unknown)';
}

/** File name for downloading a kept copy: its date, or what follows the prefix in its key, made safe for a file name. */
export function keptCopyFileName(copy: Pick<KeptCopy, 'key' | 'keptAt'>): string {
	const stamp = copy.keptAt ? copy.keptAt.toISOString() : copy.key.slice(KEPT_PREFIX.length);
	return `sre-prep-progress-kept-${stamp.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'copy'}.json`;
}
