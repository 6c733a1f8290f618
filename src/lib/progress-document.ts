/**
 * The reader's study progress as a document: its types, and the check that a JSON text is one.
 * One versioned JSON document, kept under one localStorage key (see `progress-store.ts`) and
 * exported as a file; `progress-ops.ts` changes and merges it.
 *
 * The check is hand-written, not a schema library: question pages carry it, and it names the
 * first wrong field in words the reader is shown (`cards.17.schedule.due is not a date`).
 * Free of ts-fsrs, so reading pages stay light: the schedule is stored as plain fields, and
 * `scheduler.ts` turns it into an FSRS card.
 */

/** Marks a JSON value as this site's progress, so an unrelated file is rejected by name. */
export const PROGRESS_APP = 'sre-prep-progress';

/**
 * Version of the document this code writes and reads. There is no migration yet: the first
 * change of shape that old pages could not read raises it, with a migration from version 1.
 */
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

export type ParseResult = { ok: true; document: ProgressDocument } | { ok: false; reason: UnreadableReason; detail: string };

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
 * Reads a progress document from JSON text (stored value or imported file). Never throws: anything
 * unusable comes back with a reason and a detail that names the field, for the message shown to
 * the reader.
 */
export function parseProgress(text: string): ParseResult {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not-json', detail: 'it is not valid JSON' };
	}
	if (!isRecord(value) || value.app !== PROGRESS_APP) return { ok: false, reason: 'not-progress', detail: 'it is not SRE Prep progress' };
	const version = value.version;
	if (!Number.isInteger(version) || (version as number) < 1) return { ok: false, reason: 'not-progress', detail: 'its version is missing' };
	if ((version as number) > PROGRESS_VERSION) {
		return { ok: false, reason: 'newer-version', detail: `it was saved by a newer version of this site (format ${version}; this page reads up to ${PROGRESS_VERSION})` };
	}
	const problem = documentProblem(value);
	return problem ? { ok: false, reason: 'not-progress', detail: problem } : { ok: true, document: value as unknown as ProgressDocument };
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
