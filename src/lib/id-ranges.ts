/**
 * Question ids written compactly, for the pages that must know which ids the bank holds without
 * listing every question: `1-152` or `1-40,42-60`. Permanent ids are mostly consecutive, so the
 * text stays a few characters long however large the bank grows.
 */

/** `[1, 2, 3, 5]` → `"1-3,5"`. Order and repeats in the input do not matter. */
export function formatIdRanges(ids: Iterable<number>): string {
	const sorted = [...new Set(ids)].sort((a, b) => a - b);
	const ranges: string[] = [];
	for (let start = 0; start < sorted.length; ) {
		let end = start;
		while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end++;
		ranges.push(end === start ? String(sorted[start]) : `${sorted[start]}-${sorted[end]}`);
		start = end + 1;
	}
	return ranges.join(',');
}

/** Reads what `formatIdRanges` wrote. Throws on anything else: the text comes from the build, so a bad one is a bug to see. */
export function parseIdRanges(text: string): number[] {
	if (text === '') return [];
	return text.split(',').flatMap((range) => {
		const match = /^([1-9]\d*)(?:-([1-9]\d*))?$/.exec(range);
		if (!match) throw new Error(`"${range}" in "${text}" is not an id or a range of ids`);
		const first = Number(match[1]);
		const last = Number(match[2] ?? match[1]);
		if (last < first) throw new Error(`"${range}" in "${text}" ends before it starts`);
		return Array.from({ length: last - first + 1 }, (_, index) => first + index);
	});
}
