import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The test builds' own inputs and outputs. */
export const TEST_TMP = `${ROOT}test/.tmp`;
/** The seeds plus the code-like article, ingested for the test builds. */
export const TEST_CONTENT = `${TEST_TMP}/content`;
/** The site built at the root path. */
export const TEST_DIST = `${TEST_TMP}/dist`;
/** The base path of the second build, and the folder a static host would serve it from. */
export const TEST_BASE = '/dossier/';
export const TEST_BASE_ROOT = `${TEST_TMP}/base-host`;
/** Articles the test builds carry beyond the seeds. */
export const EXTRA_ARTICLES = ['hostile/code-like-text.txt', 'pages/ukrainian-style.txt', 'pages/saved-html-page.html', 'pages/chinese-style.txt'];
