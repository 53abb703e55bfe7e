import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

// Same harness and browser as the e2e tests; only the screenshot specs.
export default defineConfig({
  ...base,
  testDir: 'tests/screenshots',
  outputDir: 'test-results/screenshots',
});
