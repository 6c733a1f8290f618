/**
 * Makes sure Playwright has a Chromium to drive before the end-to-end tests run:
 * 1. a system Chromium (Debian's /usr/bin/chromium) when present;
 * 2. otherwise, on Debian as root, `apt-get install -y chromium` (browser downloads are blocked on CI machines);
 * 3. otherwise Playwright's own build, `npx playwright install chromium` (contributors' laptops).
 * playwright.config.ts makes the same choice through `systemChromium()`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { systemChromium } from './system-chromium.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

if (systemChromium()) {
	console.log(`Using system Chromium at ${systemChromium()}`);
} else if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
	console.log('No system Chromium: installing Debian\'s chromium package');
	run('apt-get', ['update']);
	run('apt-get', ['install', '-y', 'chromium']);
} else {
	console.log('No system Chromium: installing Playwright\'s Chromium');
	run('npx', ['playwright', 'install', 'chromium']);
}
