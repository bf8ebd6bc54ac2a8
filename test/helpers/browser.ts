// Debian's Chromium driven by playwright-core. Never downloads a browser. Without Chromium the
// browser tests skip with a loud message, unless DOSSIER_REQUIRE_BROWSER is set (CI), where a
// missing browser fails the run.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser tests can run here; says loudly why not, or fails where they must run. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`;
  if (process.env.DOSSIER_REQUIRE_BROWSER) throw new Error(`${message} DOSSIER_REQUIRE_BROWSER is set, so browser tests may not be skipped.`);
  console.warn(`\n!!!!!!!!!! BROWSER TESTS SKIPPED !!!!!!!!!!\n${message}\n`);
  return false;
}

/** Launches headless Chromium with the flags this machine's closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

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
