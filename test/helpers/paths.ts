import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where the global setup builds the site for the dist/ tests. */
export const TEST_DIST = `${ROOT}test/.tmp/dist`;
