// Debian's Chromium driven by playwright-core. Never downloads a browser. Without Chromium the
// browser tests skip with a loud message, unless DOSSIER_REQUIRE_BROWSER is set (CI), where a
// missing browser fails the run.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchChromium } from '../../src/site/chromium.ts';

export { CHROMIUM };

/** True when the browser tests can run here; says loudly why not, or fails where they must run. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env.DOSSIER_REQUIRE_BROWSER) throw new Error(`${message} DOSSIER_REQUIRE_BROWSER is set, so browser tests may not be skipped.`);
  console.warn(`\n!!!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!!!!\n${message}\n`);
  return false;
}

/** Launches headless Chromium (see src/site/chromium.ts). */
export const launchBrowser = launchChromium;

/** For a describe block: Chromium and a static server for `root`, started before and stopped after its tests. */
export function browserAndSite<S extends { close: () => Promise<void> }>(root: string, serve: (root: string) => Promise<S>) {
  const state = {} as { browser: Browser; site: S };
  beforeAll(async () => {
    [state.browser, state.site] = await Promise.all([launchBrowser(), serve(root)]);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return state;
}
