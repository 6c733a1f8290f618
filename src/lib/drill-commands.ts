/**
 * What a player types in a drill, matched to its actions: exactly (after `normaliseCommand`) to a
 * typed form or the label, else a short list of the closest actions by shared words, so a near miss
 * ("df -hT /var", "check disk") still leads somewhere. Free of the schema (and so of Zod), because
 * the drill page's script imports it.
 */
import type { DrillAction } from './drill-schema';

/** Typed input is compared after this: lowercase, spaces collapsed, a leading `$ ` or `sudo ` dropped. */
export function normaliseCommand(text: string): string {
	return text
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/^(?:\$ ?)?(?:sudo )?/, '');
}

type MatchableAction = Pick<DrillAction, 'id' | 'label' | 'typed'>;

/** The action the input names exactly, if any. */
export function matchAction<T extends MatchableAction>(actions: readonly T[], input: string): T | undefined {
	const typed = normaliseCommand(input);
	if (typed === '') return undefined;
	return actions.find((action) => action.typed.some((form) => normaliseCommand(form) === typed) || normaliseCommand(action.label) === typed);
}

const words = (text: string) => normaliseCommand(text).split(/[^a-z0-9./_-]+/).filter((word) => word.length > 1 || /\d/.test(word));

/**
 * Up to `limit` actions sharing words with the input, best first: a word of the input that equals a
 * word of the action counts 2, one that starts one counts 1. Ties keep the drill's order.
 */
export function suggestActions<T extends MatchableAction>(actions: readonly T[], input: string, limit = 4): T[] {
	const wanted = words(input);
	if (wanted.length === 0) return [];
	return actions
		.map((action, order) => {
			const vocabulary = new Set([...action.typed, action.label].flatMap(words));
			const score = wanted.reduce((sum, word) => sum + (vocabulary.has(word) ? 2 : [...vocabulary].some((known) => known.startsWith(word)) ? 1 : 0), 0);
			return { action, order, score };
		})
		.filter((candidate) => candidate.score > 0)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map((candidate) => candidate.action);
}
