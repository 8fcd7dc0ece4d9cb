import { defineConfig } from 'vitest/config';

/** The Firefox run (tests/firefox): one browser, tests in order, generous waits for a real browser. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
