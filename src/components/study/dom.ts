/** Small DOM helpers shared by the study and drill elements. Browser-only. */

/** The element `selector` finds in `root`; throws, naming it, when the markup lacks it. */
export function partOf<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
	const part = root.querySelector<T>(selector);
	if (!part) throw new Error(`Missing part ${selector}: the markup and its element disagree`);
	return part;
}

/** A `<time>` with a machine-readable date, the given text, and the full date as a tooltip. */
export function timeElement(date: Date, text: string): HTMLTimeElement {
	const time = document.createElement('time');
	time.dateTime = date.toISOString();
	time.title = date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
	time.textContent = text;
	return time;
}

/** Offers text as a file download, without a server. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke after the click has been handled; revoking at once can cancel the download in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
