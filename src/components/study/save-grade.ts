/**
 * Grading a card and saving it, for the study session and the mock interview. Apart from
 * `browser-progress.ts` because it carries the scheduler (ts-fsrs), which reading pages must not load.
 */
import type { CardProgress, Grade, ProgressDocument } from '../../lib/progress-document';
import { saveFailureNotice } from '../../lib/progress-messages';
import { withGradedCard } from '../../lib/progress-ops';
import type { WriteOutcome } from '../../lib/progress-store';
import { gradeCard } from '../../lib/scheduler';

/** A saved grade's next due date and the document saved, or why the grade was not saved, worded for the reader. */
export type SavedGrade = { ok: true; due: Date; document: ProgressDocument } | { ok: false; failure: string };

/**
 * Grades card `id` from the schedule it had before (`before`) at the reader's desired retention
 * (both from the caller's read of the store), saves it with `save` and logs the grade. Never
 * throws: stored schedules are repaired on reading, and should the scheduler still refuse one,
 * the reader is told the grade was not saved, as for a full storage.
 */
export function saveGrade(
	save: (change: (document: ProgressDocument) => ProgressDocument) => WriteOutcome,
	id: number,
	before: CardProgress | undefined,
	retention: number,
	grade: Grade,
	now: Date,
): SavedGrade {
	let graded: CardProgress;
	try {
		graded = gradeCard(before, grade, now, retention);
	} catch (error) {
		return { ok: false, failure: `This grade was not saved: the card’s schedule could not be updated (${error instanceof Error ? error.message : String(error)}). Other cards are not affected.` };
	}
	const outcome = save((progress) => withGradedCard(progress, id, graded));
	return outcome.ok ? { ok: true, due: new Date(graded.schedule!.due), document: outcome.document } : { ok: false, failure: saveFailureNotice(outcome) };
}
