/** "1 question", "3 questions": a count with its noun in the right number. Ships to the browser. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : plural}`;
}
