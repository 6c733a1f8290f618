import { describe, expect, it } from 'vitest';
import {
	coverageGrade,
	elapsedMs,
	extendCountdown,
	formatClock,
	matchesFocus,
	mockTotals,
	pauseCountdown,
	pickQuestions,
	planFromParams,
	planToParams,
	recordAnswer,
	remainingMs,
	resumeCountdown,
	startCountdown,
	startMock,
	stopAnswering,
	viewFromParams,
} from './mock-session';
import type { StudyCard } from './study-cards';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const second = 1000;
const minute = 60 * second;

describe('the shareable plan', () => {
	const known = new Set([3, 9, 17]);
	it('round-trips through URL parameters', () => {
		const params = planToParams({ ids: [17, 3, 9], minutes: 5 }, 'interviewer');
		expect(params.toString()).toBe('q=17%2C3%2C9&min=5&view=interviewer');
		expect(planFromParams(params, known)).toEqual({ ids: [17, 3, 9], minutes: 5 });
		expect(viewFromParams(params)).toBe('interviewer');
		expect(viewFromParams(planToParams({ ids: [3], minutes: 3 }))).toBe('candidate');
	});
	it('drops unknown and repeated questions and falls back to the default time', () => {
		expect(planFromParams(new URLSearchParams('q=17,99,abc,17,3&min=6000'), known)).toEqual({ ids: [17, 3], minutes: 3 });
	});
	it('gives nothing when no question is left', () => {
		expect(planFromParams(new URLSearchParams('q=99'), known)).toBeUndefined();
		expect(planFromParams(new URLSearchParams(''), known)).toBeUndefined();
	});
});

describe('pickQuestions()', () => {
	const card = (id: number, extra: Partial<StudyCard>): StudyCard => ({
		id,
		title: '',
		slug: '',
		topics: ['alerting'],
		level: 'mid',
		kind: 'technical',
		openingHtml: '',
		keyPoints: [],
		seniorSignals: [],
		followUps: [],
		...extra,
	});
	const cards = [card(1, {}), card(2, { topics: ['kubernetes'] }), card(3, { topics: ['databases', 'kubernetes'], level: 'senior' }), card(4, { kind: 'design' })];
	const first = () => 0;
	it('draws from any of the chosen topics, at the chosen level and kind', () => {
		expect(pickQuestions(cards, { topics: ['kubernetes'] }, 5, first).sort()).toEqual([2, 3]);
		expect(pickQuestions(cards, { topics: ['kubernetes'], level: 'senior' }, 5, first)).toEqual([3]);
		expect(pickQuestions(cards, { topics: [], kind: 'design' }, 5, first)).toEqual([4]);
	});
	it('stops at the length asked for', () => expect(pickQuestions(cards, { topics: [] }, 3, Math.random)).toHaveLength(3));
	it('matchesFocus() is the rule it draws by', () => {
		expect(cards.filter((c) => matchesFocus(c, { topics: ['databases', 'alerting'], kind: 'technical' })).map((c) => c.id)).toEqual([1, 3]);
	});
});

describe('the countdown', () => {
	it('counts down, pauses, resumes and takes extra time', () => {
		let countdown = startCountdown(3 * minute, T0);
		expect(remainingMs(countdown, T0 + 30 * second)).toBe(150 * second);
		countdown = pauseCountdown(countdown, T0 + 30 * second);
		expect(remainingMs(countdown, T0 + 10 * minute)).toBe(150 * second);
		countdown = resumeCountdown(countdown, T0 + 10 * minute);
		expect(elapsedMs(countdown, T0 + 10 * minute + 20 * second)).toBe(50 * second);
		countdown = extendCountdown(countdown, minute);
		expect(remainingMs(countdown, T0 + 10 * minute + 20 * second)).toBe(190 * second);
	});
	it('goes negative once the time is up', () => expect(remainingMs(startCountdown(minute, T0), T0 + 70 * second)).toBe(-10 * second));
	it('pausing twice or resuming a running clock changes nothing', () => {
		const paused = pauseCountdown(startCountdown(minute, T0), T0 + second);
		expect(pauseCountdown(paused, T0 + 5 * second)).toBe(paused);
		const running = startCountdown(minute, T0);
		expect(resumeCountdown(running, T0 + second)).toBe(running);
	});
	it('formats as m:ss, rounding up partial seconds', () => {
		expect(formatClock(125 * second)).toBe('2:05');
		expect(formatClock(59_001)).toBe('1:00');
		expect(formatClock(-12 * second)).toBe('0:12');
		expect(formatClock(0)).toBe('0:00');
	});
});

describe('coverageGrade()', () => {
	it('counts poor coverage as Again, partial as Hard, most as Good', () => {
		expect(coverageGrade(0, 6)).toBe('again');
		expect(coverageGrade(2, 5)).toBe('again');
		expect(coverageGrade(3, 6)).toBe('hard');
		expect(coverageGrade(3, 4)).toBe('hard');
		expect(coverageGrade(4, 5)).toBe('good');
		expect(coverageGrade(6, 6)).toBe('good');
		expect(coverageGrade(0, 0)).toBe('again');
	});
});

describe('a mock interview', () => {
	it('runs each question, stops the clock to check, and ends on totals', () => {
		let session = startMock({ ids: [17, 3], minutes: 2 }, T0);
		expect(session).toMatchObject({ index: 0, phase: 'answering' });
		session = stopAnswering(session, T0 + 90 * second);
		expect(session.phase).toBe('checking');
		session = recordAnswer(session, 17, [0, 2], 4, T0 + 5 * minute);
		expect(session).toMatchObject({ index: 1, phase: 'answering', answers: [{ id: 17, covered: [0, 2], keyPointCount: 4, usedMs: 90 * second, limitMs: 2 * minute }] });
		expect(remainingMs(session.countdown, T0 + 5 * minute)).toBe(2 * minute);
		// The person asking records straight from the answering phase, with the clock still running.
		session = recordAnswer(session, 3, [0, 1, 2], 3, T0 + 7 * minute + 30 * second);
		expect(session.phase).toBe('finished');
		expect(recordAnswer(session, 3, [], 1, T0 + 9 * minute)).toBe(session);
		expect(mockTotals(session.answers)).toEqual({ covered: 5, keyPoints: 7, usedMs: 90 * second + 150 * second, overTime: 1 });
	});

	it('records nothing for a question that is not on screen, and never more points than it has (F1)', () => {
		const session = stopAnswering(startMock({ ids: [1, 2], minutes: 1 }, T0), T0 + second);
		expect(recordAnswer(session, 2, [0, 1], 3, T0 + 2 * second)).toBe(session);
		const answered = recordAnswer(session, 1, [6, 0, 0, 2, -1, 1.5], 3, T0 + 2 * second);
		expect(answered.answers).toEqual([expect.objectContaining({ id: 1, covered: [0, 2], keyPointCount: 3 })]);
	});
});
