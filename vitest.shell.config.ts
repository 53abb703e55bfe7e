import { defineConfig } from 'vitest/config';

// Shell tests: the built main process under the fake Electron (tests/shell/harness).
// One process, files in sequence: each launch overrides process.platform.
export default defineConfig({
  test: {
    include: ['tests/shell/**/*.shell.test.ts'],
    env: { TZ: 'UTC' },
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 20_000,
  },
});
