/**
 * The web app manifest that lets browsers install the site. Every URL in it carries the
 * deployment's base path, so an install from `https://user.github.io/sre-prep/` opens and stays
 * within `/sre-prep/`.
 */
import { withBase } from './permalinks';

export interface WebManifestOptions {
	name: string;
	shortName: string;
	description: string;
	/** Base path of the deployment, for example `/sre-prep/`. */
	base: string;
	/** Colour of the splash screen and of the window behind the page while it loads. */
	backgroundColor: string;
	/** Colour of the installed app's title bar. */
	themeColor: string;
}

/** Icons in public/icons/, rendered by scripts/render-icons.mjs. */
const ICONS = [
	{ path: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
	{ path: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
	{ path: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
	{ path: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export function webManifest(options: WebManifestOptions) {
	const { base } = options;
	const root = withBase('/', base);
	return {
		id: root,
		name: options.name,
		short_name: options.shortName,
		description: options.description,
		lang: 'en',
		start_url: root,
		scope: root,
		display: 'standalone',
		background_color: options.backgroundColor,
		theme_color: options.themeColor,
		icons: ICONS.map(({ path, ...icon }) => ({ src: withBase(path, base), ...icon })),
	};
}
