import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build-site.ts'],
    testTimeout: 60_000,
    // expect.poll waits for a state (a search dialog's answer, a rebuilt page), and is no speed
    // check: Vitest's default of one second failed on a busy CI machine, where a first search took longer.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
