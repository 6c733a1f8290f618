/**
 * A mock interview as values: the plan (which questions, how long each) and its shareable URL,
 * a pausable countdown, the coverage of each answer, and how coverage becomes a grade for the
 * scheduler. Times are milliseconds passed in by the caller, so the tests need no fake timers.
 */
import { shuffled } from './decks';
import { matchesFilter } from './question-filter';
import type { Grade } from './progress-document';
import type { StudyCard } from './study-cards';
import type { Kind, Level, TopicSlug } from './taxonomy';

/** Interview lengths offered, in questions. */
export const MOCK_LENGTHS = [3, 5, 8] as const;
export const DEFAULT_MOCK_LENGTH = 5;

/** Minutes per question offered; three is about what an interviewer gives one question. */
export const MINUTE_CHOICES = [1, 2, 3, 4, 5, 7, 10] as const;
export const DEFAULT_MINUTES = 3;

/** The fixed part of a mock interview, and what its URL carries. */
export interface MockPlan {
	ids: number[];
	minutes: number;
}

/** Who the page is for: the candidate answering, or a friend asking the questions. */
export type MockView = 'candidate' | 'interviewer';

/** The plan as URL parameters: `?q=17,3,9&min=3`, plus `&view=interviewer` for the person asking. */
export function planToParams(plan: MockPlan, view: MockView = 'candidate'): URLSearchParams {
	const params = new URLSearchParams({ q: plan.ids.join(','), min: String(plan.minutes) });
	if (view === 'interviewer') params.set('view', 'interviewer');
	return params;
}

/**
 * The plan in a URL, keeping only questions that exist, each once; undefined when none is left.
 * An unknown or missing time falls back to the default.
 */
export function planFromParams(params: URLSearchParams, knownIds: ReadonlySet<number>): MockPlan | undefined {
	const ids = [...new Set((params.get('q') ?? '').split(',').map(Number))].filter((id) => knownIds.has(id));
	if (ids.length === 0) return undefined;
	const minutes = Number(params.get('min'));
	return { ids, minutes: (MINUTE_CHOICES as readonly number[]).includes(minutes) ? minutes : DEFAULT_MINUTES };
}

export function viewFromParams(params: URLSearchParams): MockView {
	return params.get('view') === 'interviewer' ? 'interviewer' : 'candidate';
}

/** What to draw questions from; empty topics means every topic. */
export interface MockFocus {
	topics: TopicSlug[];
	level?: Level;
	kind?: Kind;
}

/** True when the card has one of the focus topics (any, if none is chosen) and its level and kind. */
export function matchesFocus(card: StudyCard, focus: MockFocus): boolean {
	const inTopics = focus.topics.length === 0 || focus.topics.some((topic) => card.topics.includes(topic));
	return inTopics && matchesFilter(card, { level: focus.level, kind: focus.kind });
}

/** Draws up to `length` random questions that match the focus. */
export function pickQuestions(cards: readonly StudyCard[], focus: MockFocus, length: number, random: () => number): number[] {
	return shuffled(
		cards.filter((card) => matchesFocus(card, focus)),
		random,
	)
		.slice(0, length)
		.map((card) => card.id);
}

/** A countdown that can be paused and given more time. */
export interface Countdown {
	limitMs: number;
	/** Time counted before the current run. */
	spentMs: number;
	/** When the current run started, or null while paused. */
	runningSince: number | null;
}

export function startCountdown(limitMs: number, now: number): Countdown {
	return { limitMs, spentMs: 0, runningSince: now };
}

export function elapsedMs(countdown: Countdown, now: number): number {
	return countdown.spentMs + (countdown.runningSince === null ? 0 : now - countdown.runningSince);
}

/** Time left; negative once the time is up. */
export function remainingMs(countdown: Countdown, now: number): number {
	return countdown.limitMs - elapsedMs(countdown, now);
}

export function pauseCountdown(countdown: Countdown, now: number): Countdown {
	return countdown.runningSince === null ? countdown : { ...countdown, spentMs: elapsedMs(countdown, now), runningSince: null };
}

export function resumeCountdown(countdown: Countdown, now: number): Countdown {
	return countdown.runningSince === null ? { ...countdown, runningSince: now } : countdown;
}

export function extendCountdown(countdown: Countdown, extraMs: number): Countdown {
	return { ...countdown, limitMs: countdown.limitMs + extraMs };
}

/** `m:ss` of a duration, ignoring its sign: 125 000 ms is "2:05". */
export function formatClock(ms: number): string {
	const seconds = Math.ceil(Math.abs(ms) / 1000);
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The scheduler grade of an answer from the share of key points it covered: under half is
 * "Again" (the card comes back soon), under 80 % is "Hard", anything better is "Good". Never
 * "Easy": one timed answer is not enough evidence to push a card far away.
 */
export function coverageGrade(covered: number, total: number): Grade {
	const share = total === 0 ? 0 : covered / total;
	if (share < 0.5) return 'again';
	if (share < 0.8) return 'hard';
	return 'good';
}

/** One answered question. */
export interface MockAnswer {
	id: number;
	/** Indexes of the key points the answer covered. */
	covered: number[];
	keyPointCount: number;
	usedMs: number;
	limitMs: number;
}

/**
 * A mock interview in progress. `answering`: the question is up and the clock runs; `checking`:
 * the clock has stopped and the key points are shown to tick; `finished`: the summary.
 */
export interface MockSession {
	plan: MockPlan;
	index: number;
	phase: 'answering' | 'checking' | 'finished';
	countdown: Countdown;
	answers: MockAnswer[];
}

export function startMock(plan: MockPlan, now: number): MockSession {
	return { plan, index: 0, phase: 'answering', countdown: startCountdown(plan.minutes * 60_000, now), answers: [] };
}

/** The candidate is done answering: stop the clock and show the key points. */
export function stopAnswering(session: MockSession, now: number): MockSession {
	if (session.phase !== 'answering') return session;
	return { ...session, phase: 'checking', countdown: pauseCountdown(session.countdown, now) };
}

/**
 * Records the answer to question `id`, which must be the current one, and puts up the next, or the
 * summary after the last. An answer for any other question (a screen that fell behind the session)
 * changes nothing, so no question is ever graded unseen; covered points outside the question's
 * list are dropped, so totals never pass 100 %.
 */
export function recordAnswer(session: MockSession, id: number, covered: readonly number[], keyPointCount: number, now: number): MockSession {
	if (session.phase === 'finished' || session.plan.ids[session.index] !== id) return session;
	const answer: MockAnswer = {
		id,
		covered: [...new Set(covered)].filter((index) => Number.isInteger(index) && index >= 0 && index < keyPointCount).sort((a, b) => a - b),
		keyPointCount,
		usedMs: elapsedMs(session.countdown, now),
		limitMs: session.countdown.limitMs,
	};
	const answers = [...session.answers, answer];
	const index = session.index + 1;
	if (index >= session.plan.ids.length) return { ...session, answers, index, phase: 'finished', countdown: pauseCountdown(session.countdown, now) };
	return { ...session, answers, index, phase: 'answering', countdown: startCountdown(session.plan.minutes * 60_000, now) };
}

export interface MockTotals {
	covered: number;
	keyPoints: number;
	usedMs: number;
	/** Questions answered past their time. */
	overTime: number;
}

export function mockTotals(answers: readonly MockAnswer[]): MockTotals {
	return {
		covered: answers.reduce((sum, answer) => sum + answer.covered.length, 0),
		keyPoints: answers.reduce((sum, answer) => sum + answer.keyPointCount, 0),
		usedMs: answers.reduce((sum, answer) => sum + answer.usedMs, 0),
		overTime: answers.filter((answer) => answer.usedMs > answer.limitMs).length,
	};
}
