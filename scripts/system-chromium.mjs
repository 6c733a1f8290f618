/** Path of a system Chromium that Playwright can drive, or undefined to use Playwright's own. */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function systemChromium() {
	return CANDIDATES.find((path) => path && existsSync(path));
}

/** Flags for a system Chromium: without them it keeps dialling Google services that this network refuses. */
export const SYSTEM_CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Playwright launch options for the system Chromium, or none to use Playwright's own. */
export function chromiumLaunchOptions() {
	const executablePath = systemChromium();
	return executablePath ? { executablePath, args: SYSTEM_CHROMIUM_ARGS } : {};
}
