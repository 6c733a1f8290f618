/**
 * What the reader is told about their saved progress: store problems, kept copies and imports.
 * One wording for every page that shows progress. Pure.
 */
import { KEPT_PREFIX, type Grade, type KeptCopy, type MergeResult, type StoreHealth } from './progress-store';
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
		return 'Your saved study progress could not be read, and there was no room to copy it aside, so nothing will be saved over it.';
	}
	if (kept.some((copy) => !copy.parsed.ok && copy.parsed.reason === 'newer-version')) {
		return 'Your saved study progress comes from a newer version of this site. It is kept aside, unchanged, and you can download it.';
	}
	if (kept.some((copy) => !copy.parsed.ok)) return 'Some saved study progress could not be read. It is kept aside, unchanged, and you can download it.';
	if (kept.length > 0) return 'Study progress kept aside earlier can now be read: you can merge it back into yours.';
	return undefined;
}

/** Why a kept copy was set aside, or that it can be read now (a newer site's copy after an upgrade). */
export function keptCopyDescription(copy: KeptCopy): string {
	return copy.parsed.ok ? 'This copy can be read now: you can merge it into your progress.' : `It could not be read: ${copy.parsed.detail}.`;
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
