/**
 * The card data the study and mock interview pages fetch at run time from one static JSON file,
 * so that no page's HTML carries the whole bank. Ships to the browser: keep it free of Node APIs.
 */
import type { Question } from './question-bank';
import type { Kind, Level, TopicSlug } from './taxonomy';

/** Path of the cards file, without base. */
export const STUDY_CARDS_PATH = '/study/cards.json';

/** Format of the cards file; raise it when a field changes meaning (3: short texts keep their `code` spans). */
export const STUDY_CARDS_VERSION = 3;

/**
 * What a flashcard or a mock interview question shows. The title, key points, senior signals and
 * follow-up questions are as the frontmatter writes them, `code` spans in backticks
 * (inline-code.ts): the screens show them as code, and the Markdown download of the reader's
 * answers keeps them as Markdown.
 */
export interface StudyCard {
	id: number;
	title: string;
	slug: string;
	topics: TopicSlug[];
	level: Level;
	kind: Kind;
	/** The direct answer that opens the page (the text before its first heading), as HTML. */
	openingHtml: string;
	keyPoints: string[];
	/** What a senior or staff answer adds over a mid-level one. */
	seniorSignals: string[];
	/** Follow-up questions, each with its model answer as HTML. */
	followUps: { question: string; answerHtml: string }[];
}

export interface StudyCardsFile {
	version: typeof STUDY_CARDS_VERSION;
	cards: StudyCard[];
}

/** A question as a card, given its opening and follow-up answers already rendered to HTML. */
export function toStudyCard({ slug, data }: Question, rendered: Pick<StudyCard, 'openingHtml' | 'followUps'>): StudyCard {
	const { id, title, topics, level, kind, keyPoints, seniorSignals } = data;
	return { id, title, slug, topics, level, kind, keyPoints, seniorSignals, openingHtml: rendered.openingHtml, followUps: rendered.followUps };
}

/** The cards of a fetched file, or undefined when it is not a cards file this script understands. */
export function readStudyCards(value: unknown): StudyCard[] | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const file = value as Partial<StudyCardsFile>;
	return file.version === STUDY_CARDS_VERSION && Array.isArray(file.cards) ? file.cards : undefined;
}
