import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';
import { PREVIEW_ORIGIN } from './tests/e2e/harness/origin.ts';

// E2E tests drive the real built renderer (vite preview over http) in Chromium, bridged to
// the real core in the test process. See tests/e2e/harness/README.md.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: PREVIEW_ORIGIN,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx vite preview',
    url: PREVIEW_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
