import { expect, it } from 'vitest';
import { reviewLogCsv } from './review-log';

it('writes one CSV row per grade, with a header and CRLF line ends', () => {
	expect(
		reviewLogCsv([
			{ id: 17, grade: 'good', at: '2026-03-02T09:00:00.000Z', due: '2026-03-02T09:10:00.000Z' },
			{ id: 3, grade: 'again', at: '2026-03-02T09:01:00.000Z', due: '2026-03-02T09:02:00.000Z' },
		]),
	).toBe(
		'question_id,grade,reviewed_at,next_due\r\n17,good,2026-03-02T09:00:00.000Z,2026-03-02T09:10:00.000Z\r\n3,again,2026-03-02T09:01:00.000Z,2026-03-02T09:02:00.000Z\r\n',
	);
	expect(reviewLogCsv([])).toBe('question_id,grade,reviewed_at,next_due\r\n');
});
