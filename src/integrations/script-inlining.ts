/**
 * Which bundled scripts Astro may write into the page instead of a file (Vite's
 * `build.assetsInlineLimit`, which Astro also applies to the scripts of components).
 *
 * By default Astro inlines every script under 4 kB that imports nothing. That puts the theme
 * picker, the copy buttons and the service worker's registration into the HTML of every page,
 * where they count against the first load and are downloaded again with each page. So component
 * scripts are always files, which LoadLater.astro holds back until the page is idle and the browser
 * caches; only LoadLater's own loader stays inline, because it has to run with the first load to
 * let the others in (and an inline script in a held-back template would never report `load`).
 */

/** The chunk name Astro gives LoadLater.astro's script (`<component>.astro_astro_type_script_…`). */
const LOADER_CHUNK = /(^|\/)LoadLater\.astro_astro_type_script_/;

/** For Vite: `false` keeps a script a file; `undefined` leaves any other asset to the 4 kB default. */
export function inlineOnlyTheLoader(fileName: string): boolean | undefined {
	if (!fileName.endsWith('.js')) return undefined;
	return LOADER_CHUNK.test(fileName) ? undefined : false;
}
