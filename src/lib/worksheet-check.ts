/**
 * Checking an estimate against a worksheet step: the reader's number, typed as people type them
 * ("120k", "1.2e5", "120,000", "3 M"), is right when it is within the step's tolerance factor of
 * the worked value. Estimation rounds reward the order of magnitude, not the digits.
 */

const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12 };

/** The number in `text`, or undefined when it is not one: digits with optional separators, decimals, exponent or a k/M/B/T suffix. */
export function parseEstimate(text: string): number | undefined {
	const match = /^\s*~?\s*([0-9][0-9,_ ]*(?:\.[0-9]+)?|\.[0-9]+)(?:e([+-]?[0-9]+))?\s*([kmbgt])?\s*$/i.exec(text);
	if (!match) return undefined;
	const digits = Number(match[1].replace(/[,_ ]/g, ''));
	const value = digits * 10 ** Number(match[2] ?? 0) * (match[3] ? SUFFIXES[match[3].toLowerCase()] : 1);
	return Number.isFinite(value) ? value : undefined;
}

export type EstimateVerdict = { kind: 'not-a-number' } | { kind: 'close' | 'too-low' | 'too-high'; factor: number };

/** How `estimate` compares with `answer`: within `tolerance` (a factor) either way, or how many times too low or high. */
export function judgeEstimate(estimate: number | undefined, answer: number, tolerance: number): EstimateVerdict {
	if (estimate === undefined || estimate <= 0) return { kind: 'not-a-number' };
	const factor = estimate >= answer ? estimate / answer : answer / estimate;
	if (factor <= tolerance) return { kind: 'close', factor };
	return { kind: estimate < answer ? 'too-low' : 'too-high', factor };
}

/** A number as a candidate would say it: at most three significant digits, with thousands separators. */
export function formatEstimate(value: number): string {
	return Number(value.toPrecision(3)).toLocaleString('en');
}

/** The verdict in words, for the line under the input. */
export function verdictMessage(verdict: EstimateVerdict, answer: number, unit: string, tolerance: number): string {
	if (verdict.kind === 'not-a-number') return 'Enter a number above zero, such as 120, 4.5k or 2e6.';
	const worked = `${formatEstimate(answer)} ${unit}`;
	if (verdict.kind === 'close') return `Within ${tolerance}× of the worked value (${worked}): close enough for the design.`;
	const off = verdict.factor >= 10 ? `about ${formatEstimate(verdict.factor)} times` : `${verdict.factor.toFixed(1)} times`;
	return `${verdict.kind === 'too-low' ? 'Too low' : 'Too high'}: ${off} ${verdict.kind === 'too-low' ? 'under' : 'over'} the worked value. Check your units and steps, or reveal the working.`;
}
