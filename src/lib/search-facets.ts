/**
 * Filtering search results by topic, level and kind, and the counts shown on each filter
 * toggle. Pure: the search UI learns once which pages carry which value (from Pagefind's filter
 * index) and then filters and counts ranked page ids here, reusing the question list's rules.
 *
 * Counts follow the usual faceted-search contract: a toggle's count is the number of results the
 * reader gets by choosing it, so within a facet the other active choice is set aside (choosing
 * "senior" replaces "mid"), while the other facets' choices still apply.
 */
import { matchesFilter, type FilterableQuestion, type QuestionFilter } from './question-filter';
import { FACETS, type Facet } from './taxonomy';

/** The pages that carry one facet value, as Pagefind reports them. */
export interface FacetValuePages {
	facet: Facet;
	value: string;
	ids: readonly string[];
}

/** Count of results per facet value, for each facet. */
export type FacetCounts = Record<Facet, Map<string, number>>;

/** Topic, level and kind of every page, by Pagefind page id. */
export function facetRecords(valuePages: readonly FacetValuePages[]): Map<string, FilterableQuestion> {
	const records = new Map<string, FilterableQuestion>();
	for (const { facet, value, ids } of valuePages) {
		for (const id of ids) {
			const record = records.get(id) ?? { topics: [], level: '', kind: '' };
			if (facet === 'topic') record.topics = [...record.topics, value];
			else record[facet] = value;
			records.set(id, record);
		}
	}
	return records;
}

const UNKNOWN: FilterableQuestion = { topics: [], level: '', kind: '' };

/** The ids that pass the filter, in their original (ranked) order. */
export function applyFilter(ids: readonly string[], records: ReadonlyMap<string, FilterableQuestion>, filter: QuestionFilter): string[] {
	return ids.filter((id) => matchesFilter(records.get(id) ?? UNKNOWN, filter));
}

/** For every facet value, how many of the ids the reader would see after choosing it. */
export function facetCounts(ids: readonly string[], records: ReadonlyMap<string, FilterableQuestion>, filter: QuestionFilter): FacetCounts {
	const counts: FacetCounts = { topic: new Map(), level: new Map(), kind: new Map() };
	for (const facet of FACETS) {
		const others: QuestionFilter = { ...filter, [facet]: undefined };
		for (const id of applyFilter(ids, records, others)) {
			const record = records.get(id) ?? UNKNOWN;
			const values = facet === 'topic' ? record.topics : [record[facet]];
			for (const value of values) if (value) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
		}
	}
	return counts;
}
