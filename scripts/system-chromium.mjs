/** Path of a system Chromium that Playwright can drive, or undefined to use Playwright's own. */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function systemChromium() {
	return CANDIDATES.find((path) => path && existsSync(path));
}
