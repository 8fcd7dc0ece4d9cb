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
  },
});
