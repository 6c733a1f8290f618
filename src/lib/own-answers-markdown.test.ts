import { expect, it } from 'vitest';
import { ownAnswersMarkdown } from './own-answers-markdown';

it('lists each answer under its linked question, in question order', () => {
	const at = '2026-03-02T09:00:00.000Z';
	const markdown = ownAnswersMarkdown(
		{ 17: { text: 'Start from the SLO.\n\n- then the budget', changedAt: at }, 3: { text: '  My story.  ', changedAt: at }, 999: { text: 'Old.', changedAt: at } },
		new Map([
			[3, 'Tell me about [an] outage'],
			[17, 'What is an error budget?'],
		]),
		(id) => `https://example.github.io/sre-prep/q/${id}/`,
		new Date(at),
	);
	expect(markdown).toBe(
		[
			'# My SRE interview answers',
			'',
			'Exported 2026-03-02: 3 answers.',
			'',
			'## [#3 Tell me about \\[an\\] outage](https://example.github.io/sre-prep/q/3/)\n\nMy story.\n',
			'## [#17 What is an error budget?](https://example.github.io/sre-prep/q/17/)\n\nStart from the SLO.\n\n- then the budget\n',
			'## #999 (a question this site no longer has)\n\nOld.\n',
		].join('\n'),
	);
});
