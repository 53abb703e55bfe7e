// Which Chromium the e2e tests drive: NUZZLE_CHROMIUM if set, else Debian's /usr/bin/chromium
// when present, else Playwright's own browser (where `npx playwright install` can run).

import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.NUZZLE_CHROMIUM;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumExecutable(),
    // The app makes no network calls; keep Chromium's own background traffic off too.
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  };
}
