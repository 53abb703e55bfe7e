import { defineConfig } from 'vitest/config';

// Zone-sensitive suites (files ending in .tz.test.ts) run once per process time zone,
// so a bug that only shows when the machine's own TZ differs from the user's is caught.
const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/**/*.tz.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      ...zones.map((zone) => ({
        test: {
          name: `tz:${zone}`,
          include: ['tests/unit/**/*.tz.test.ts'],
          env: { TZ: zone },
        },
      })),
    ],
  },
});
