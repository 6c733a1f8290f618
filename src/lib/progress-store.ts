/**
 * The reader's study progress: one versioned JSON document, kept under one localStorage key and
 * always written whole, so a write either lands completely or not at all.
 *
 * This is the reader's work, not a preference: a value that cannot be read (broken JSON, another
 * shape, or a newer version of this document) is never overwritten or dropped. It is copied aside
 * under its own key and read back first; only then does a fresh document take its place. The UI
 * tells the reader and offers the kept copy as a download. If the copy cannot be made, nothing is
 * written at all.
 *
 * Pure apart from the storage passed in, and free of ts-fsrs so reading pages stay light: the
 * schedule is stored as plain fields, and `scheduler.ts` turns it into an FSRS card.
 */
import { repairSchedules, type ScheduleRepair } from './schedule-repair';

/** Key of the progress document. */
export const PROGRESS_KEY = 'sre:progress';

/** Prefix of the keys that hold unreadable values kept aside; the rest of the key is when. */
export const KEPT_PREFIX = 'sre:progress:kept:';

/** Marks a JSON value as this site's progress, so an unrelated file is rejected by name. */
export const PROGRESS_APP = 'sre-prep-progress';

/** Version of the document this code writes. Raise it with a migration from the version before. */
export const PROGRESS_VERSION = 1;

/** What the reader answered when grading a card, from forgot to effortless. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** FSRS memory state as stored: ts-fsrs's `Card` fields, with dates as ISO strings. */
export interface StoredSchedule {
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	/** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
	state: number;
	last_review: string | null;
}

/** Everything saved about one question. */
export interface CardProgress {
	/** In the reader's study deck: counted as due and offered as "My deck". Dropping keeps the schedule. */
	inDeck: boolean;
	/** When this record last changed (ISO); breaks ties when two copies are merged. */
	changedAt: string;
	/** The most recent grade, for the "missed last time" deck; null until first graded. */
	lastGrade: Grade | null;
	/** FSRS state; null until first graded, which makes the card due at once. */
	schedule: StoredSchedule | null;
}

/** A troubleshooting drill's record: how often it was played and the best mitigated run. */
export interface DrillResult {
	attempts: number;
	/** The mitigated run with the least user impact; null until one is mitigated. */
	best: { impact: number; minutesToMitigate: number; at: string } | null;
	/** When this record last changed (ISO). */
	changedAt: string;
}

/** The reader's own answer or story for a question: plain text or Markdown. */
export interface OwnAnswer {
	text: string;
	/** When it was last saved (ISO); the later of two copies wins a merge. */
	changedAt: string;
}

/** Longest own answer kept, in characters: about ten pages, far more than an interview answer needs. */
export const OWN_ANSWER_MAX_LENGTH = 20_000;

/** The retention FSRS aims for unless the reader chose another: 9 in 10 cards still recalled when they come back. */
export const DEFAULT_RETENTION = 0.9;
/** The desired retentions the reader can choose from; outside 0.8-0.97 FSRS's workload grows or recall drops sharply. */
export const RETENTION_CHOICES = [0.8, 0.85, 0.9, 0.93, 0.95, 0.97] as const;

/** How the reader wants cards scheduled. */
export interface StudySettings {
	desiredRetention: number;
}

/** One grade as it was given, for the review log export. */
export interface ReviewLogEntry {
	id: number;
	grade: Grade;
	/** When it was graded (ISO). */
	at: string;
	/** When the card was next due after it (ISO). */
	due: string;
}

export interface ProgressDocument {
	app: typeof PROGRESS_APP;
	version: typeof PROGRESS_VERSION;
	/** When the document was last written (ISO). */
	savedAt: string;
	/** Progress by question id (the permanent number, as a string key). */
	cards: Record<string, CardProgress>;
	/**
	 * Drill results by drill id. Optional, so documents written before drills existed stay valid,
	 * and pages of that time, which rewrite whatever they read, keep it untouched.
	 */
	drills?: Record<string, DrillResult>;
	/** The reader's own answers by question id. Optional, like `drills`. */
	answers?: Record<string, OwnAnswer>;
	/** Scheduler settings; the defaults apply when absent. */
	settings?: StudySettings;
	/** Every grade given, oldest first. */
	reviews?: ReviewLogEntry[];
}

/** Why a stored value or a file could not be used. */
export type UnreadableReason = 'not-json' | 'not-progress' | 'newer-version';

export type ParseResult =
	| { ok: true; document: ProgressDocument; migratedFrom?: number }
	| { ok: false; reason: UnreadableReason; detail: string };

/** Upgrades a document of version `n` (the key) to version `n + 1`. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** Every migration, by the version it upgrades from. Version 1 is the first, so none yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function emptyProgress(now: Date): ProgressDocument {
	return { app: PROGRESS_APP, version: PROGRESS_VERSION, savedAt: now.toISOString(), cards: {} };
}

export function serializeProgress(document: ProgressDocument): string {
	return JSON.stringify(document);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDateString = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const SCHEDULE_NUMBERS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days'] as const;
const SCHEDULE_COUNTS = ['learning_steps', 'reps', 'lapses'] as const;

/** The first problem with a stored schedule, as `field problem`, or undefined when it is valid. */
function scheduleProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	if (!isDateString(value.due)) return 'due is not a date';
	for (const field of SCHEDULE_NUMBERS) if (!isFiniteNumber(value[field])) return `${field} is not a number`;
	for (const field of SCHEDULE_COUNTS) if (!isCount(value[field])) return `${field} is not a whole number`;
	if (!isCount(value.state) || (value.state as number) > 3) return 'state is not 0 to 3';
	if (value.last_review !== null && !isDateString(value.last_review)) return 'last_review is not a date';
	return undefined;
}

function cardProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	if (typeof value.inDeck !== 'boolean') return 'inDeck is not true or false';
	if (!isDateString(value.changedAt)) return 'changedAt is not a date';
	if (value.lastGrade !== null && !GRADES.includes(value.lastGrade as Grade)) return 'lastGrade is not a grade';
	if (value.schedule !== null) {
		const problem = scheduleProblem(value.schedule);
		if (problem) return `schedule.${problem}`;
	}
	return undefined;
}

function drillResultProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	if (!isCount(value.attempts)) return 'attempts is not a whole number';
	if (!isDateString(value.changedAt)) return 'changedAt is not a date';
	if (value.best === null) return undefined;
	if (!isRecord(value.best)) return 'best is not an object';
	if (!isFiniteNumber(value.best.impact) || value.best.impact < 0) return 'best.impact is not a number';
	if (!isCount(value.best.minutesToMitigate)) return 'best.minutesToMitigate is not a whole number';
	if (!isDateString(value.best.at)) return 'best.at is not a date';
	return undefined;
}

/** Checks a document of the current version field by field; returns the first problem found. */
function documentProblem(value: Record<string, unknown>): string | undefined {
	if (!isDateString(value.savedAt)) return 'savedAt is not a date';
	if (!isRecord(value.cards)) return 'cards is not an object';
	for (const [id, card] of Object.entries(value.cards)) {
		const problem = cardEntryProblem(id, card);
		if (problem) return problem;
	}
	return (
		optionalRecordProblem(value, 'drills', 'drill', drillResultProblem) ??
		optionalRecordProblem(value, 'answers', 'question', ownAnswerProblem) ??
		settingsProblem(value.settings) ??
		reviewsProblem(value.reviews)
	);
}

function settingsProblem(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (!isRecord(value)) return 'settings is not an object';
	if (!isFiniteNumber(value.desiredRetention) || value.desiredRetention < 0.7 || value.desiredRetention > 0.99) return 'settings.desiredRetention is not between 0.7 and 0.99';
	return undefined;
}

function reviewsProblem(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value)) return 'reviews is not a list';
	const index = value.findIndex(
		(entry) => !isRecord(entry) || !Number.isInteger(entry.id) || (entry.id as number) < 1 || !GRADES.includes(entry.grade as Grade) || !isDateString(entry.at) || !isDateString(entry.due),
	);
	return index < 0 ? undefined : `reviews[${index}] is not a review (id, grade, at, due)`;
}

function ownAnswerProblem(value: unknown): string | undefined {
	if (!isRecord(value)) return 'is not an object';
	if (typeof value.text !== 'string') return 'text is not text';
	if (value.text.length > OWN_ANSWER_MAX_LENGTH) return `text is longer than ${OWN_ANSWER_MAX_LENGTH} characters`;
	if (!isDateString(value.changedAt)) return 'changedAt is not a date';
	return undefined;
}

/**
 * The problem with one entry of a record keyed by permanent numbers (`cards`, `drills`, `answers`),
 * naming the record, its key and the field, or undefined when it is valid.
 */
function entryProblem(field: string, numbered: string, id: string, entry: unknown, problemOf: (value: unknown) => string | undefined): string | undefined {
	if (!/^[1-9]\d*$/.test(id)) return `${field} has a key "${id}" that is not a ${numbered} number`;
	const problem = problemOf(entry);
	return problem && `${field}.${id}.${problem}`;
}

const cardEntryProblem = (id: string, card: unknown) => entryProblem('cards', 'question', id, card, cardProblem);

/** Checks an optional record keyed by permanent numbers (`drills`, `answers`), entry by entry. */
function optionalRecordProblem(document: Record<string, unknown>, field: string, numbered: string, problemOf: (value: unknown) => string | undefined): string | undefined {
	const value = document[field];
	if (value === undefined) return undefined;
	if (!isRecord(value)) return `${field} is not an object`;
	for (const [id, entry] of Object.entries(value)) {
		const problem = entryProblem(field, numbered, id, entry, problemOf);
		if (problem) return problem;
	}
	return undefined;
}

/**
 * Reads a progress document from JSON text (stored value or imported file), migrating older
 * versions forward. Never throws: anything unusable comes back with a reason and a detail that
 * names the field, for the message shown to the reader. `migrations` and `targetVersion` are
 * parameters so the tests can prove the chain before a second version exists.
 */
export function parseProgress(
	text: string,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	targetVersion: number = PROGRESS_VERSION,
): ParseResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json', detail: 'it is not valid JSON' };
	}
	if (!isRecord(value) || value.app !== PROGRESS_APP) return { ok: false, reason: 'not-progress', detail: 'it is not SRE Prep progress' };
	const version = value.version;
	if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, reason: 'not-progress', detail: 'its version is missing' };
	if ((version as number) > targetVersion) {
		return { ok: false, reason: 'newer-version', detail: `it was saved by a newer version of this site (format ${version}; this page reads up to ${targetVersion})` };
	}

	let current = value;
	for (let from = version as number; from < targetVersion; from++) {
		const migrate = migrations[from];
		if (!migrate) return { ok: false, reason: 'not-progress', detail: `format ${from} cannot be upgraded` };
		current = { ...migrate(current), version: from + 1 };
	}
	const problem = documentProblem(current);
	if (problem) return { ok: false, reason: 'not-progress', detail: problem };
	const document = current as unknown as ProgressDocument;
	return version === targetVersion ? { ok: true, document } : { ok: true, document, migratedFrom: version as number };
}

/** The cards of an unreadable document that can be read on their own, and the ids of those that cannot. */
export interface ReadableCards {
	cards: Record<string, CardProgress>;
	/** Cards left out, each with the problem that names its field. */
	skipped: { id: string; problem: string }[];
}

/**
 * Salvages a document that `parseProgress` refused because of some of its cards: when the text is
 * this site's progress, of the current version, with a `cards` object, every card that passes on
 * its own is returned. Undefined when nothing in the text can be trusted card by card.
 */
export function readableCards(text: string): ReadableCards | undefined {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!isRecord(value) || value.app !== PROGRESS_APP || value.version !== PROGRESS_VERSION || !isRecord(value.cards)) return undefined;
	const cards: Record<string, CardProgress> = {};
	const skipped: ReadableCards['skipped'] = [];
	for (const [id, card] of Object.entries(value.cards)) {
		const problem = cardEntryProblem(id, card);
		if (problem) skipped.push({ id, problem });
		else cards[id] = card as CardProgress;
	}
	return { cards, skipped };
}

/** The document with one question's record replaced. */
export function withCard(document: ProgressDocument, id: number, card: CardProgress): ProgressDocument {
	return { ...document, cards: { ...document.cards, [id]: card } };
}

/** Puts a question in the deck. A card seen before keeps its schedule; a new one is due at once. */
export function addToDeck(document: ProgressDocument, id: number, now: Date): ProgressDocument {
	const existing = document.cards[id];
	const changedAt = now.toISOString();
	return withCard(document, id, existing ? { ...existing, inDeck: true, changedAt } : { inDeck: true, changedAt, lastGrade: null, schedule: null });
}

/** Takes a question out of the deck but keeps its history, so adding it back resumes the schedule. */
export function dropFromDeck(document: ProgressDocument, id: number, now: Date): ProgressDocument {
	const existing = document.cards[id];
	return existing ? withCard(document, id, { ...existing, inDeck: false, changedAt: now.toISOString() }) : document;
}

/** A finished drill run, as the drill element reports it. */
export interface DrillRun {
	impact: number;
	/** Undefined when the incident was not mitigated. */
	minutesToMitigate: number | undefined;
}

/** Counts a finished run of drill `id` and keeps it as the best when it was mitigated with less impact. */
export function recordDrillRun(document: ProgressDocument, id: number, run: DrillRun, now: Date): ProgressDocument {
	const previous = document.drills?.[id];
	const at = now.toISOString();
	const better = run.minutesToMitigate !== undefined && (!previous?.best || run.impact < previous.best.impact);
	const best = better ? { impact: run.impact, minutesToMitigate: run.minutesToMitigate!, at } : (previous?.best ?? null);
	return { ...document, drills: { ...document.drills, [id]: { attempts: (previous?.attempts ?? 0) + 1, best, changedAt: at } } };
}

/** The desired retention the reader chose, or the default. */
export const desiredRetention = (document: ProgressDocument): number => document.settings?.desiredRetention ?? DEFAULT_RETENTION;

/** Saves a graded card and adds the grade to the review log. */
export function withGradedCard(document: ProgressDocument, id: number, card: CardProgress): ProgressDocument {
	const entry: ReviewLogEntry | undefined =
		card.lastGrade && card.schedule?.last_review ? { id, grade: card.lastGrade, at: card.schedule.last_review, due: card.schedule.due } : undefined;
	const next = withCard(document, id, card);
	return entry ? { ...next, reviews: [...(document.reviews ?? []), entry] } : next;
}

/** Saves the reader's own answer to question `id`; an empty (or blank) text removes it. */
export function withOwnAnswer(document: ProgressDocument, id: number, text: string, now: Date): ProgressDocument {
	const { [id]: _previous, ...others } = document.answers ?? {};
	const answers = text.trim() === '' ? others : { ...others, [id]: { text, changedAt: now.toISOString() } };
	return { ...document, answers };
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

/** The last time a card was reviewed, in milliseconds, or -Infinity if never. */
function lastReviewTime(card: CardProgress): number {
	return card.schedule?.last_review ? Date.parse(card.schedule.last_review) : Number.NEGATIVE_INFINITY;
}

/** True when `candidate` holds later work than `current`: a later review, or on a tie a later change. */
export function isNewerRecord(candidate: CardProgress, current: CardProgress): boolean {
	const candidateReview = lastReviewTime(candidate);
	const currentReview = lastReviewTime(current);
	if (candidateReview !== currentReview) return candidateReview > currentReview;
	return Date.parse(candidate.changedAt) > Date.parse(current.changedAt);
}

export interface MergeResult {
	document: ProgressDocument;
	/** Questions only the incoming copy had. */
	added: number;
	/** Questions where the incoming copy had the later review, so it replaced ours. */
	updated: number;
	/** Questions where ours was as recent or more, so ours stayed. */
	unchanged: number;
}

/** Merges an imported document into ours, question by question, keeping the latest review of each. */
export function mergeProgress(current: ProgressDocument, incoming: ProgressDocument, now: Date): MergeResult {
	const cards = { ...current.cards };
	let added = 0;
	let updated = 0;
	let unchanged = 0;
	for (const [id, card] of Object.entries(incoming.cards)) {
		const ours = cards[id];
		if (!ours) {
			cards[id] = card;
			added++;
		} else if (isNewerRecord(card, ours)) {
			cards[id] = card;
			updated++;
		} else {
			unchanged++;
		}
	}
	const drills = { ...current.drills };
	for (const [id, result] of Object.entries(incoming.drills ?? {})) drills[id] = Object.hasOwn(drills, id) ? mergeDrillResults(drills[id], result) : result;
	const answers = { ...current.answers };
	for (const [id, answer] of Object.entries(incoming.answers ?? {})) {
		if (!Object.hasOwn(answers, id) || Date.parse(answer.changedAt) > Date.parse(answers[id].changedAt)) answers[id] = answer;
	}
	// Reviews are a log: both copies' entries, each once, in time order. Settings stay ours unless we have none.
	const seen = new Set<string>();
	const reviews = [...(current.reviews ?? []), ...(incoming.reviews ?? [])]
		.filter((entry) => {
			const key = `${entry.id} ${entry.at}`;
			return seen.has(key) ? false : (seen.add(key), true);
		})
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
	const settings = current.settings ?? incoming.settings;
	const optional = {
		...(Object.keys(drills).length > 0 ? { drills } : {}),
		...(Object.keys(answers).length > 0 ? { answers } : {}),
		...(reviews.length > 0 ? { reviews } : {}),
		...(settings ? { settings } : {}),
	};
	return { document: { ...current, savedAt: now.toISOString(), cards, ...optional }, added, updated, unchanged };
}

/** The slice of the Web Storage API the store uses, so tests can pass a fake. */
export interface KeyValueStorage {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** An unreadable value kept aside, with what reading it gives today. */
export interface KeptCopy {
	key: string;
	/** When it was kept aside (from the key); undefined when the key holds no date (written by something else). */
	keptAt: Date | undefined;
	/** The original bytes, unchanged. */
	text: string;
	/** Why it could not be read, or the document once this version can read it (a copy from a newer site, after an upgrade). */
	parsed: ParseResult;
	/** When it cannot be read as a whole: the cards that can be read on their own, if any part of it is trustworthy. */
	readable: ReadableCards | undefined;
}

/** When a copy was kept aside, read from its key (`sre:progress:kept:<ISO time>[#n]`), if the key says. */
function keptAtOf(key: string): Date | undefined {
	const date = new Date(key.slice(KEPT_PREFIX.length).replace(/#\d+$/, ''));
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Where the document stands after a read:
 * - `ok`: read or empty;
 * - `kept-aside`: the stored value was unreadable and is now safe under `keptKey`; saving works;
 * - `blocked`: the stored value was unreadable and could not be copied aside, so nothing is saved;
 * - `unavailable`: the browser refuses storage (private mode settings, disabled site data).
 */
export type StoreHealth =
	| { state: 'ok' }
	| { state: 'kept-aside'; keptKey: string; reason: UnreadableReason }
	| { state: 'blocked'; reason: UnreadableReason }
	| { state: 'unavailable' };

export interface ReadOutcome {
	document: ProgressDocument;
	health: StoreHealth;
	/** Schedules the scheduler could not have used, repaired in `document` (and saved with the next write). */
	repairs: ScheduleRepair[];
}

export type WriteOutcome = { ok: true; document: ProgressDocument } | { ok: false; health: StoreHealth; message: string };

/**
 * How long this tab remembers the cards it wrote, to put them back if another tab's write hid
 * them. Another tab sees a localStorage write 1-20 ms later in Chromium; this leaves room for a
 * busy machine while keeping a reset done elsewhere from being undone by an old write.
 */
export const RECENT_WRITE_MS = 5_000;

/**
 * Progress over a key-value storage. Every write reads the stored document again and applies the
 * change to it, so two tabs that each grade cards never erase each other's work. Two writes a few
 * milliseconds apart can still cross (each tab reads before it sees the other's write), so the
 * store also remembers the cards it wrote lately and `reconcile()`, called when another tab has
 * written, puts back any of them that the other write hid. A lock would not be enough: it orders
 * the writes, but not when each tab's copy of localStorage sees them.
 */
export class ProgressStore {
	readonly #storage: KeyValueStorage | undefined;
	readonly #now: () => Date;
	/** Cards this store wrote in the last `RECENT_WRITE_MS`, by id, with when. */
	readonly #recentWrites = new Map<string, { card: CardProgress; at: number }>();

	/** `storage` is undefined when the browser refuses it; `now` is injected for tests. */
	constructor(storage: KeyValueStorage | undefined, now: () => Date = () => new Date()) {
		this.#storage = storage;
		this.#now = now;
	}

	/**
	 * The current document, with schedules the scheduler cannot use repaired (see `repairs`). An
	 * unreadable stored value is copied aside (once) before anything else.
	 */
	read(): ReadOutcome {
		const now = this.#now();
		const empty = (health: StoreHealth): ReadOutcome => ({ document: emptyProgress(now), health, repairs: [] });
		const text = this.storedText();
		if (text === undefined) return empty({ state: 'unavailable' });
		if (text === null) return empty({ state: 'ok' });
		const parsed = parseProgress(text);
		if (parsed.ok) return { ...repairSchedules(parsed.document, now), health: { state: 'ok' } };
		const storage = this.#storage!;
		const keptKey = this.#keepAside(storage, text);
		if (!keptKey) return empty({ state: 'blocked', reason: parsed.reason });
		// The original is safe under its own key now. Clearing it here keeps it from being kept again
		// on every read, and a newer version of the site can merge its copy back from the kept key.
		const document = emptyProgress(now);
		try {
			storage.setItem(PROGRESS_KEY, serializeProgress(document));
		} catch {
			/* The next write tries again; the original is already kept. */
		}
		return { document, health: { state: 'kept-aside', keptKey, reason: parsed.reason }, repairs: [] };
	}

	/** The stored value exactly as it is (null when there is none), or undefined when storage is refused. */
	storedText(): string | null | undefined {
		try {
			return this.#storage ? this.#storage.getItem(PROGRESS_KEY) : undefined;
		} catch {
			return undefined;
		}
	}

	/** Applies `change` to the freshly read document and writes the result whole. */
	update(change: (document: ProgressDocument) => ProgressDocument): WriteOutcome {
		const { document, health } = this.read();
		if (health.state === 'blocked') {
			return { ok: false, health, message: 'Progress was not saved: the saved copy could not be read or kept aside, so it was left untouched.' };
		}
		if (health.state === 'unavailable') return { ok: false, health, message: 'Progress was not saved: this browser is blocking site storage.' };
		const next = { ...change(document), savedAt: this.#now().toISOString() };
		try {
			this.#storage!.setItem(PROGRESS_KEY, serializeProgress(next));
		} catch {
			return { ok: false, health, message: 'Progress was not saved: browser storage is full or blocked.' };
		}
		this.#rememberWrites(document, next);
		return { ok: true, document: next };
	}

	/**
	 * After another tab wrote: writes back the cards this store wrote lately that the stored
	 * document no longer holds (or holds in an older state). Returns the write's outcome, or
	 * undefined when nothing was missing.
	 */
	reconcile(): WriteOutcome | undefined {
		const cutoff = this.#now().getTime() - RECENT_WRITE_MS;
		for (const [id, { at }] of this.#recentWrites) if (at < cutoff) this.#recentWrites.delete(id);
		if (this.#recentWrites.size === 0) return undefined;
		const { document, health } = this.read();
		if (health.state !== 'ok') return undefined;
		const missing = [...this.#recentWrites].filter(([id, { card }]) => {
			const stored = document.cards[id];
			return !stored || isNewerRecord(card, stored);
		});
		if (missing.length === 0) return undefined;
		return this.update((current) => ({ ...current, cards: { ...current.cards, ...Object.fromEntries(missing.map(([id, { card }]) => [id, card])) } }));
	}

	/** Notes which cards a write changed; a card it removed (a reset) is forgotten, so it is not put back. */
	#rememberWrites(before: ProgressDocument, after: ProgressDocument) {
		const at = this.#now().getTime();
		for (const [id, card] of Object.entries(after.cards)) if (before.cards[id] !== card) this.#recentWrites.set(id, { card, at });
		for (const id of Object.keys(before.cards)) if (!Object.hasOwn(after.cards, id)) this.#recentWrites.delete(id);
	}

	/** Every value kept aside, oldest first. */
	keptCopies(): KeptCopy[] {
		const storage = this.#storage;
		if (!storage) return [];
		const copies: KeptCopy[] = [];
		try {
			for (const key of this.#keptKeys(storage)) {
				const text = storage.getItem(key);
				if (text === null) continue;
				const parsed = parseProgress(text);
				copies.push({ key, keptAt: keptAtOf(key), text, parsed, readable: parsed.ok ? undefined : readableCards(text) });
			}
		} catch {
			return [];
		}
		// Copies whose key holds no date come last.
		return copies.sort((a, b) => (a.keptAt?.getTime() ?? Infinity) - (b.keptAt?.getTime() ?? Infinity));
	}

	/** Deletes a kept copy once the reader has chosen to. */
	discardKept(key: string): void {
		if (!key.startsWith(KEPT_PREFIX)) throw new Error(`${key} is not a kept copy`);
		this.#storage?.removeItem(key);
	}

	#keptKeys(storage: KeyValueStorage): string[] {
		const keys: string[] = [];
		for (let index = 0; index < storage.length; index++) {
			const key = storage.key(index);
			if (key?.startsWith(KEPT_PREFIX)) keys.push(key);
		}
		return keys;
	}

	/** Copies `text` under a new kept key unless an identical copy exists; returns the key, or undefined if it could not be kept. */
	#keepAside(storage: KeyValueStorage, text: string): string | undefined {
		try {
			const existing = this.#keptKeys(storage).find((key) => storage.getItem(key) === text);
			if (existing) return existing;
			const stamp = KEPT_PREFIX + this.#now().toISOString();
			let key = stamp;
			// Two different values kept in the same millisecond must not share a key.
			for (let n = 2; storage.getItem(key) !== null; n++) key = `${stamp}#${n}`;
			storage.setItem(key, text);
			// Read back: only a copy that is really there makes it safe to write over the original.
			return storage.getItem(key) === text ? key : undefined;
		} catch {
			return undefined;
		}
	}
}
