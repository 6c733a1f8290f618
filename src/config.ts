/**
 * Site-wide settings. Ships to the browser where imported by client scripts: no secrets, no Node APIs.
 */

export const SITE_TITLE = 'SRE Prep';
export const SITE_DESCRIPTION =
	'Expert answers to the questions real Site Reliability Engineering interviews ask, with search, flashcards and mock interviews. Free, offline-friendly, no accounts.';

/** Repository for "Edit this page" links; the deploy workflow sets it to the fork's own repository. */
export const REPO_URL = (import.meta.env.PUBLIC_REPO_URL as string | undefined) || 'https://github.com/sre-prep/sre-prep';

/** Branch that edit links point at. */
export const REPO_BRANCH = 'main';

/** Questions the home page suggests reading first, in order. */
export const START_HERE_IDS = [9, 3, 17, 13, 4, 21];
