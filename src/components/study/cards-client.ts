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
