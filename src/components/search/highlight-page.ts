/**
 * Highlights a search on a question page: wraps every match in the title and the indexed parts of
 * the answer in <mark>, then scrolls the first into view, unless the link targets a section, whose
 * heading the browser has already scrolled to.
 */
import { findMatches } from '../../lib/search-highlight';
import { highlightPhrases } from '../../lib/search-query';
import { highlightQuery } from '../../lib/search-state';

/** Text that is not part of the answer's prose: heading self-links and existing marks. */
const SKIP = '.anchor-link, mark, script, style, [data-pagefind-ignore]';

function textNodesIn(root: Element): Text[] {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	return nodes;
}

/** Wraps the matches of one text node in <mark> elements and returns them. */
function markNode(node: Text, phrases: ReturnType<typeof highlightPhrases>): HTMLElement[] {
	const ranges = findMatches(node.data, phrases);
	const marks: HTMLElement[] = [];
	// From the end, so earlier offsets stay valid while the node is split.
	for (const { start, end } of ranges.toReversed()) {
		const match = node.splitText(start);
		match.splitText(end - start);
		const mark = document.createElement('mark');
		mark.className = 'sre-search-mark';
		match.replaceWith(mark);
		mark.append(match);
		marks.unshift(mark);
	}
	return marks;
}

export function highlightPage() {
	const query = highlightQuery(new URLSearchParams(location.search));
	const phrases = highlightPhrases(query);
	if (phrases.length === 0) return;
	const regions = document.querySelectorAll('main h1, main [data-pagefind-body]');
	const marks = [...regions].flatMap((region) => textNodesIn(region).flatMap((node) => markNode(node, phrases)));
	// Instant, like following an anchor: a smooth scroll on arrival would only delay the answer.
	if (marks.length > 0 && !location.hash) marks[0].scrollIntoView({ block: 'center', behavior: 'instant' });
}
