/**
 * Reads an Anki text import file the way Anki's importer does (rslib import_export/text/csv):
 * leading `#key:value` lines are the header; the rest is CSV with the header's separator, `#`
 * comment lines, and double-quoted fields that may hold separators, quotes (doubled) and line
 * breaks. Written independently of src/lib/anki-deck.ts so the tests check the format, not the writer.
 */
import { HtmlValidate } from 'html-validate';

export interface AnkiImport {
	header: Map<string, string>;
	rows: string[][];
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', pipe: '|', space: ' ', colon: ':' };

export function readAnkiImport(text: string): AnkiImport {
	const header = new Map<string, string>();
	const lines = text.split('\n');
	let bodyStart = 0;
	while (bodyStart < lines.length && lines[bodyStart].startsWith('#')) {
		const [key, ...value] = lines[bodyStart].slice(1).split(':');
		header.set(key.trim().toLowerCase(), value.join(':'));
		bodyStart++;
	}
	const separator = SEPARATORS[header.get('separator') ?? 'tab'] ?? header.get('separator')!;
	return { header, rows: readCsv(lines.slice(bodyStart).join('\n'), separator) };
}

function readCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let atFieldStart = true;
	const endRow = () => {
		row.push(field);
		if (!(row.length === 1 && row[0] === '')) rows.push(row);
		row = [];
		field = '';
		atFieldStart = true;
	};
	while (i < text.length) {
		const char = text[i];
		if (atFieldStart && row.length === 0 && char === '#') {
			i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i) + 1;
			continue;
		}
		if (atFieldStart && char === '"') {
			i++;
			while (i < text.length) {
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
			atFieldStart = false;
			continue;
		}
		if (char === separator) {
			row.push(field);
			field = '';
			atFieldStart = true;
		} else if (char === '\n') endRow();
		else if (char !== '\r') {
			field += char;
			atFieldStart = false;
		}
		i++;
	}
	if (field !== '' || row.length > 0) endRow();
	return rows;
}

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

/** The html-validate errors of an HTML fragment, as `rule: message` lines. */
export async function htmlErrors(html: string): Promise<string[]> {
	const report = await validator.validateString(html);
	return report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}
