/**
 * Typographic punctuation in a question's short text fields (title, summary, key points, senior
 * signals, follow-up questions, story title and core), which pages show as written: unlike a body
 * or a follow-up answer, no Markdown pipeline ever smartens them. Each field is read as Markdown
 * (so a `code` span keeps its straight quotes) and its quotes are smartened as remark-smartypants
 * would, see `typography.ts` (dashes are not: these fields write `--flags` bare); a field that changes is written back as a double-quoted YAML string, the form
 * the bank uses. Pure; the YAML is parsed with `yaml`, which keeps every node's place in the source.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
// With its extension: `npm run typography` runs this module under plain Node (type stripping), which needs it.
import { applyPunctuationFixes, punctuationFixes } from './typography.ts';

/** One field whose punctuation is not typographic yet. */
export interface FieldFix {
	/** Where the field is, as `keyPoints[2]` or `followUps[0].question`. */
	field: string;
	/** 1-based line of the field in the frontmatter text given (the file's line, for Astro's raw frontmatter). */
	line: number;
	/** Offsets of the field's YAML scalar in the frontmatter. */
	start: number;
	end: number;
	written: string;
	typographic: string;
	/** The scalar to write instead: the typographic text as a double-quoted YAML string. */
	yaml: string;
}

/** The short text fields of a question, by where they are in its frontmatter. */
function textFields(frontmatter: string): [string, Scalar][] {
	const document = parseDocument(frontmatter);
	if (document.errors.length > 0) throw document.errors[0];
	const fields: [string, Scalar][] = [];
	const add = (field: string, node: unknown) => {
		if (isScalar(node) && typeof node.value === 'string') fields.push([field, node]);
	};
	const items = (node: unknown): Node[] => (isSeq(node) ? (node.items as Node[]) : []);
	add('title', document.get('title', true));
	add('summary', document.get('summary', true));
	for (const list of ['keyPoints', 'seniorSignals']) items(document.get(list, true)).forEach((item, index) => add(`${list}[${index}]`, item));
	items(document.get('followUps', true)).forEach((item, index) => isMap(item) && add(`followUps[${index}].question`, item.get('question', true)));
	const story = document.get('story', true);
	if (isMap(story)) for (const key of ['title', 'core']) add(`story.${key}`, story.get(key, true));
	return fields;
}

/** Every short text field of the frontmatter (YAML, without its `---` fences) that smart punctuation would change. */
export function frontmatterPunctuationFixes(frontmatter: string): FieldFix[] {
	return textFields(frontmatter).flatMap(([field, node]) => {
		const written = node.value as string;
		if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
			if (punctuationFixes(written, 'field').length > 0) throw new Error(`${field}: a block scalar cannot be converted to typographic punctuation; convert it by hand`);
			return [];
		}
		let typographic: string;
		try {
			typographic = applyPunctuationFixes(written, punctuationFixes(written, 'field'));
		} catch (error) {
			throw new Error(`${field}: ${(error as Error).message}`);
		}
		if (typographic === written) return [];
		const [start, end] = node.range!;
		const line = frontmatter.slice(0, start).split('\n').length;
		return [{ field, line, start, end, written, typographic, yaml: JSON.stringify(typographic) }];
	});
}

/** `frontmatter` with every field fix applied. */
export function applyFieldFixes(frontmatter: string, fixes: readonly FieldFix[]): string {
	// Fields are found title first, not in source order: sort them for one pass over the text.
	return applyPunctuationFixes(frontmatter, [...fixes].sort((a, b) => a.start - b.start).map((fix) => ({ ...fix, typographic: fix.yaml })));
}
