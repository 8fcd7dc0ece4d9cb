import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  // Two browsers at a time, one spec file each: a test spends most of its time waiting on its
  // browser (launch, pages, timers), so one at a time left the second core idle. Tests of a file
  // stay in order in one worker; every test still gets its own profile.
  workers: 2,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  retries: 0,
  use: { trace: 'retain-on-failure' },
});
