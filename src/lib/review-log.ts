/**
 * The review log as CSV, one row per grade, for a spreadsheet or another scheduler (FSRS
 * optimisers read question, grade and time). Pure.
 */
import type { ReviewLogEntry } from './progress-document';

const HEADER = 'question_id,grade,reviewed_at,next_due';

/** A field quoted when it needs to be (RFC 4180); ids, grades and ISO dates never do, titles would. */
const field = (value: string | number) => (/[",\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));

export function reviewLogCsv(entries: readonly ReviewLogEntry[]): string {
	return [HEADER, ...entries.map((entry) => [entry.id, entry.grade, entry.at, entry.due].map(field).join(','))].join('\r\n') + '\r\n';
}
