/**
 * Merging two progress documents, for an imported file or a kept copy: the latest review of each
 * question, the better of each drill, the later of each own answer, every review logged once.
 * Apart from `progress-ops.ts` because only the progress panel merges, and reading pages, which
 * load the operations, need not carry it.
 */
import type { DrillResult, OwnAnswer, ProgressDocument, ReviewLogEntry } from './progress-document';
import { isNewerRecord } from './progress-ops';

export interface MergeResult {
	document: ProgressDocument;
	/** Questions only the incoming copy had. */
	added: number;
	/** Questions where the incoming copy had the later review, so it replaced ours. */
	updated: number;
	/** Questions where ours was as recent or more, so ours stayed. */
	unchanged: number;
}

type CardCounts = Omit<MergeResult, 'document'>;

/** Cards merged question by question, keeping the latest review of each, with what happened to them. */
function mergeCards(ours: ProgressDocument['cards'], theirs: ProgressDocument['cards']): { cards: ProgressDocument['cards'] } & CardCounts {
	const cards = { ...ours };
	const counts: CardCounts = { added: 0, updated: 0, unchanged: 0 };
	for (const [id, card] of Object.entries(theirs)) {
		const kept = cards[id];
		const outcome = !kept ? 'added' : isNewerRecord(card, kept) ? 'updated' : 'unchanged';
		if (outcome !== 'unchanged') cards[id] = card;
		counts[outcome]++;
	}
	return { cards, ...counts };
}

/** Two records of the same drill merged: the larger count of attempts and the better best run. */
function mergeDrillResults(ours: DrillResult, theirs: DrillResult): DrillResult {
	const bests = [ours.best, theirs.best].filter((best) => best !== null);
	return {
		attempts: Math.max(ours.attempts, theirs.attempts),
		best: bests.sort((a, b) => a.impact - b.impact)[0] ?? null,
		changedAt: Date.parse(ours.changedAt) >= Date.parse(theirs.changedAt) ? ours.changedAt : theirs.changedAt,
	};
}

/** Records keyed by id merged entry by entry: an entry only one side has is kept as it is, a shared one is `merge`d. */
function mergeRecords<T>(ours: Record<string, T> = {}, theirs: Record<string, T> = {}, merge: (ours: T, theirs: T) => T): Record<string, T> {
	const merged = { ...ours };
	for (const [id, entry] of Object.entries(theirs)) merged[id] = Object.hasOwn(merged, id) ? merge(merged[id], entry) : entry;
	return merged;
}

/** Of two copies of an own answer, the later one (ours on a tie). */
const laterAnswer = (ours: OwnAnswer, theirs: OwnAnswer): OwnAnswer => (Date.parse(theirs.changedAt) > Date.parse(ours.changedAt) ? theirs : ours);

/** Reviews are a log: both copies' entries, each once, in time order. */
function mergeReviews(ours: ReviewLogEntry[] = [], theirs: ReviewLogEntry[] = []): ReviewLogEntry[] {
	const seen = new Set<string>();
	return [...ours, ...theirs]
		.filter((entry) => {
			const key = `${entry.id} ${entry.at}`;
			return seen.has(key) ? false : (seen.add(key), true);
		})
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Merges an imported document into ours: the latest review of each question, the better of each
 * drill, the later of each own answer, every review logged once. Settings stay ours unless we have
 * none. Optional parts neither copy has stay absent, so the document keeps the shape it had.
 */
export function mergeProgress(current: ProgressDocument, incoming: ProgressDocument, now: Date): MergeResult {
	const { cards, ...counts } = mergeCards(current.cards, incoming.cards);
	const drills = mergeRecords(current.drills, incoming.drills, mergeDrillResults);
	const answers = mergeRecords(current.answers, incoming.answers, laterAnswer);
	const reviews = mergeReviews(current.reviews, incoming.reviews);
	const settings = current.settings ?? incoming.settings;
	const optional = {
		...(Object.keys(drills).length > 0 ? { drills } : {}),
		...(Object.keys(answers).length > 0 ? { answers } : {}),
		...(reviews.length > 0 ? { reviews } : {}),
		...(settings ? { settings } : {}),
	};
	return { document: { ...current, savedAt: now.toISOString(), cards, ...optional }, ...counts };
}
