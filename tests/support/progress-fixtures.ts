/** Progress documents and an in-memory storage for the unit tests of `src/lib/progress-*.ts`. */
import { emptyProgress, type CardProgress, type ProgressDocument } from '../../src/lib/progress-document';
import type { KeyValueStorage } from '../../src/lib/progress-store';

export const NOW = new Date('2026-03-02T09:00:00.000Z');

/** An in-memory Web Storage; `failWritesTo` makes writes to matching keys throw, like a full quota. */
export class MemoryStorage implements KeyValueStorage {
	readonly items = new Map<string, string>();
	constructor(private readonly failWritesTo?: RegExp) {}
	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.failWritesTo?.test(key)) throw new DOMException('quota', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

/** A card in the deck: new, or reviewed at `lastReview` and due three days later. */
export function card(extra: Partial<CardProgress> & { lastReview?: string } = {}): CardProgress {
	const { lastReview, ...rest } = extra;
	return {
		inDeck: true,
		changedAt: lastReview ?? '2026-03-01T08:00:00.000Z',
		lastGrade: lastReview ? 'good' : null,
		schedule: lastReview
			? { due: '2026-03-05T08:00:00.000Z', stability: 3, difficulty: 5, elapsed_days: 0, scheduled_days: 4, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: lastReview }
			: null,
		...rest,
	};
}

export function documentWith(cards: Record<string, CardProgress>): ProgressDocument {
	return { ...emptyProgress(NOW), cards };
}
