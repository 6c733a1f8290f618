/**
 * The frontmatter contract of a troubleshooting drill (`content/drills/<slug>.mdx`): the page that
 * starts the incident, what the player can do, what each action shows and costs, and the path an
 * expert takes. The file's Markdown body is the written walkthrough, shown after the drill (and,
 * without JavaScript, folded under the scenario). Rules that span fields, such as the expert path
 * naming real actions, are refinements here so Astro reports them with the file's name.
 */
import { z } from 'astro/zod';
import { normaliseCommand } from './drill-commands';
import { LEVELS } from './taxonomy';

export const DRILL_SUMMARY_MAX_LENGTH = 200;

const nonEmptyText = z.string().trim().min(1, 'must not be empty');
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase kebab-case');

/** How an action is presented and grouped: a command on a host, a dashboard or log to open, a question to a colleague, or a change to the system. */
export const ACTION_KINDS = ['command', 'dashboard', 'log', 'ask', 'change'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** What an action does to the incident: nothing (it only shows something), ends the user impact, or adds to it. */
export const ACTION_EFFECTS = ['none', 'mitigates', 'worsens'] as const;

const actionSchema = z
	.object({
		/** Stable name of the action, unique in the drill; the expert path and saved results refer to it. */
		id: kebab,
		/** How the action reads in the list: "Check filesystem usage (df -h)". */
		label: nonEmptyText,
		kind: z.enum(ACTION_KINDS),
		/** What a player may type to take it (at least one): `df -h`, `df`. Compared after `normaliseCommand`. */
		typed: z.array(nonEmptyText).min(1, 'needs at least one typed form'),
		/** Simulated minutes the action takes. */
		minutes: z.number().int().min(1).max(30),
		/** What the action shows, as plain preformatted text: command output, a dashboard as text, a log excerpt, a colleague's reply. */
		output: nonEmptyText,
		effect: z.enum(ACTION_EFFECTS).default('none'),
		/** For an action that `worsens`: impact added at once, in the drill's impact unit. */
		penalty: z.number().positive().optional(),
		/** True for an action that looks useful but tells nothing about this incident. */
		redHerring: z.boolean().default(false),
		/** For the debrief, 1-2 sentences of Markdown: why this step matters, misleads, or hurts. */
		lesson: nonEmptyText,
	})
	.strict()
	.refine((action) => (action.effect === 'worsens') === (action.penalty !== undefined), {
		message: 'needs a penalty exactly when its effect is "worsens"',
		path: ['penalty'],
	});

export const drillSchema = z
	.object({
		/** Permanent number of the drill, for ordering and saved results. Never reuse or change it. */
		id: z.number().int().positive(),
		title: nonEmptyText,
		summary: nonEmptyText.max(DRILL_SUMMARY_MAX_LENGTH, `must be at most ${DRILL_SUMMARY_MAX_LENGTH} characters`),
		level: z.enum(LEVELS),
		/** Question ids the drill practises; their pages link to it. */
		related: z.array(z.number().int().positive()).min(1, 'needs at least one related question'),
		/** Simulated minutes before the drill ends, mitigated or not. */
		timeLimit: z.number().int().min(15).max(240),
		/** The user-impact measure that grows until the incident is mitigated. */
		impact: z
			.object({
				/** What is measured: "Error budget burned". */
				label: nonEmptyText,
				/** Its unit, shown after the number: "%", "failed checkouts". */
				unit: nonEmptyText,
				/** How much it grows per simulated minute while unmitigated. */
				perMinute: z.number().positive(),
			})
			.strict(),
		/** Markdown: the page as it arrives (alert name, severity, the firing condition). */
		alert: nonEmptyText,
		/** Markdown: the system's layout and what the dashboards show at the start (tables welcome). */
		context: nonEmptyText,
		actions: z.array(actionSchema).min(8, 'needs at least 8 actions').max(30, 'allows at most 30 actions'),
		/** Action ids in the order an expert takes them, ending once the impact is mitigated (and confirmed). */
		expertPath: z.array(kebab).min(3, 'needs at least 3 steps'),
		/** Date the drill was last revised in substance. */
		updated: z.coerce.date(),
	})
	.strict()
	.superRefine((drill, context) => {
		const ids = drill.actions.map((action) => action.id);
		const byId = new Map(drill.actions.map((action) => [action.id, action]));
		ids.forEach((id, index) => {
			if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['actions', index, 'id'], message: `repeats the action id "${id}"` });
		});
		const typedBy = new Map<string, string>();
		drill.actions.forEach((action, index) => {
			for (const typed of action.typed) {
				const key = normaliseCommand(typed);
				const owner = typedBy.get(key);
				if (owner && owner !== action.id) context.addIssue({ code: 'custom', path: ['actions', index, 'typed'], message: `"${typed}" is also typed for "${owner}"` });
				typedBy.set(key, action.id);
			}
		});
		drill.expertPath.forEach((id, index) => {
			if (!byId.has(id)) context.addIssue({ code: 'custom', path: ['expertPath', index], message: `names no action "${id}"` });
			else if (byId.get(id)!.redHerring || byId.get(id)!.effect === 'worsens') {
				context.addIssue({ code: 'custom', path: ['expertPath', index], message: `"${id}" is a red herring or makes things worse` });
			}
		});
		if (!drill.expertPath.some((id) => byId.get(id)?.effect === 'mitigates')) {
			context.addIssue({ code: 'custom', path: ['expertPath'], message: 'must include an action whose effect is "mitigates"' });
		}
		if (!drill.actions.some((action) => action.redHerring)) context.addIssue({ code: 'custom', path: ['actions'], message: 'needs at least one red herring' });
		if (!drill.actions.some((action) => action.effect === 'worsens')) context.addIssue({ code: 'custom', path: ['actions'], message: 'needs at least one action that makes things worse' });
	});

export type DrillData = z.infer<typeof drillSchema>;
export type DrillAction = DrillData['actions'][number];
