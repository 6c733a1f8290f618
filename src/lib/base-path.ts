/**
 * Site paths under the deployment's base path (`/` locally, `/<repo>/` on a fork's GitHub Pages),
 * read once from Vite's `import.meta.env.BASE_URL`. Vite gives the same value to the build and to
 * browser bundles, so no component has to pass the base around. For code that runs under Vite
 * (pages, components, client scripts); plain Node scripts call `withBase` with the base they know.
 */
import { absoluteUrl, withBase } from './permalinks';

export const BASE_PATH = import.meta.env.BASE_URL;

/** `path` (root-relative, such as `/questions/`) under the base path. */
export const pathWithBase = (path: string): string => withBase(path, BASE_PATH);

/** Absolute URL of a site path under the base, for text that leaves the site (canonical tags, feeds, copied links). */
export const siteUrl = (path: string, site: string | URL | undefined): string => absoluteUrl(path, site, BASE_PATH);
