/**
 * Runs before every npm script that needs the project's Node (see "pre*" in package.json). npm puts
 * node_modules/.bin first on PATH, so with the `node` devDependency installed this is Node 22; if
 * that install failed, the script would run on the machine's older Node and die in a stack trace
 * deep inside Astro. This says why in one sentence instead. Plain ES2015 on purpose: it must parse
 * on any Node that can run npm.
 */
const REQUIRED = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
	console.error(
		`This project needs Node ${REQUIRED.join('.')} or later, which \`npm ci\` installs as the \`node\` devDependency, but npm scripts are running on Node ${process.versions.node}: run \`npm ci\` again, or, if npm has no Node 22 build for this platform (${process.platform}-${process.arch}), install Node 22 yourself.`,
	);
	process.exit(1);
}
