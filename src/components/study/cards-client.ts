/** Fetches the study cards file (see `pages/study/cards.json.ts`). Browser-only. */
import { readStudyCards, type StudyCard } from '../../lib/study-cards';

/** The cards, or an error whose message can be shown to the reader. */
export async function fetchStudyCards(url: string): Promise<StudyCard[]> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error('The questions could not be loaded: the connection failed.');
	}
	if (!response.ok) throw new Error(`The questions could not be loaded (error ${response.status}).`);
	const cards = readStudyCards(await response.json().catch(() => undefined));
	if (!cards) throw new Error('The questions could not be loaded: the site was updated. Reload the page.');
	return cards;
}

/**
 * Fetches the cards from the element's `data-cards-url`, driving its `CardsLoadState.astro`: a
 * loading message, then either nothing (the state hides) or the error and its "Try again" button.
 * Undefined when loading failed; the caller wires "Try again" to call this again.
 */
export async function loadStudyCards(element: HTMLElement): Promise<StudyCard[] | undefined> {
	const message = element.querySelector<HTMLElement>('.load-message')!;
	const retry = element.querySelector<HTMLElement>('.retry')!;
	message.textContent = 'Loading the questions…';
	retry.hidden = true;
	let cards: StudyCard[];
	try {
		cards = await fetchStudyCards(element.dataset.cardsUrl!);
	} catch (error) {
		message.textContent = (error as Error).message;
		retry.hidden = false;
		return undefined;
	}
	element.querySelector<HTMLElement>('.load-state')!.hidden = true;
	return cards;
}
