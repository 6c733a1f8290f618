/**
 * What the flashcard session and the mock interview tell the reader: an empty deck, session and
 * interview summaries, how many questions match. Pure, so the elements only put it on screen.
 */
import type { DeckChoice } from './decks';
import { describeRelative, nextDue } from './due';
import { coverageGrade, formatClock, mockTotals, type MockAnswer } from './mock-session';
import { countOf } from './plural';
import type { ProgressDocument } from './progress-document';
import { GRADE_LABELS, unsavedGradesNote } from './progress-messages';

/** Why the chosen deck holds no card, and what to do; `ids` are the bank's questions. */
export function emptyDeckMessage(deck: DeckChoice, progress: ProgressDocument, ids: readonly number[], now: Date): string {
	switch (deck.type) {
		case 'due': {
			const next = nextDue(progress, now, ids);
			return next ? `Nothing is due. The next card is due ${describeRelative(next, now)}.` : 'Nothing is due: no card is in your deck yet. Pick any other deck to start.';
		}
		case 'missed':
			return 'No card in your deck was last graded “Again”.';
		case 'mine':
			return 'Your deck is empty. Cards join it when you grade them or add them from a question page.';
		default:
			return 'No question matches this deck.';
	}
}

/**
 * A flashcard session's summary: how many of `total` cards were graded, each grade's count
 * (`[name, count]` for the grades offered) and how many grades were not saved.
 */
export function studySummary(graded: number, total: number, counts: readonly [name: string, count: number][], unsaved: number): string {
	if (graded === 0) return 'You did not grade any card.';
	const note = unsavedGradesNote(unsaved, graded);
	return `You graded ${graded} of ${countOf(total, 'card')}: ${counts.map(([name, count]) => `${count} “${name}”`).join(', ')}.${note ? ` ${note}` : ''}`;
}

/** The label of the button that studies again the cards graded "Again". */
export const studyMissedLabel = (missed: number): string => `Go over the ${missed === 1 ? 'card' : countOf(missed, 'card')} you missed`;

/** Under the mock setup: how many questions the focus matches against the chosen length. */
export function mockMatchMessage(matching: number, length: number): string {
	if (matching === 0) return 'No question matches this focus. Tick more topics or choose any level or kind.';
	if (matching < length) return `Only ${countOf(matching, 'question matches', 'questions match')}, so the interview will have ${matching}.`;
	return `${countOf(matching, 'question matches', 'questions match')}; ${length} will be drawn at random.`;
}

/** The first line of the mock summary: questions, time, key points covered, answers over time. */
export function mockSummary(answers: readonly MockAnswer[]): string {
	const totals = mockTotals(answers);
	const share = totals.keyPoints === 0 ? 0 : Math.round((totals.covered / totals.keyPoints) * 100);
	const overTime = totals.overTime === 0 ? 'None went over time.' : `${totals.overTime} went over time.`;
	return `${countOf(answers.length, 'question')} in ${formatClock(totals.usedMs)}: ${totals.covered} of ${totals.keyPoints} key points covered (${share}%). ${overTime}`;
}

/**
 * The facts of one answer in the mock summary; in the candidate's view also its grade and when the
 * question comes back (`due`, undefined when the grade was not saved).
 */
export function mockAnswerFacts(answer: MockAnswer, candidate: { due: Date | undefined; now: Date } | undefined): string {
	const facts = [`${answer.covered.length} of ${answer.keyPointCount} key points`, `${formatClock(answer.usedMs)}${answer.usedMs > answer.limitMs ? ' (over time)' : ''}`];
	if (candidate) {
		const grade = GRADE_LABELS[coverageGrade(answer.covered.length, answer.keyPointCount)];
		const { due, now } = candidate;
		facts.push(!due ? `${grade}, not saved` : due <= now ? `${grade}, due now` : `${grade}, back ${describeRelative(due, now)}`);
	}
	return facts.join(' · ');
}

/** Under the mock summary: what was saved to the study progress, from `unsaved` of `answered` grades. */
export function mockSavedNote(candidate: boolean, unsaved: number, answered: number): string {
	if (!candidate) return 'Interviewer view: nothing was saved. Read the results out, and send the answers’ links if they help.';
	if (unsaved === 0) return 'Each answer was saved to your study progress: under half the key points counts as “Again”, so that question comes back first.';
	return `${unsavedGradesNote(unsaved, answered)}${unsaved < answered ? ' The others were saved to your study progress.' : ''}`;
}
