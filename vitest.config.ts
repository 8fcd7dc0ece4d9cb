import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { catalogKeys } from './scripts/catalog-keys.mjs';

export default defineConfig({
  plugins: [WxtVitest(), catalogKeys()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest keeps one core for itself (cores - 1 workers): on the two-core machines this runs on,
    // that is one test file at a time while the main process idles. Two workers use both cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
