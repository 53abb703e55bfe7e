// Which Chromium the e2e tests (and the bench, and screenshots) drive, in this order:
// NUZZLE_CHROMIUM if set, a system Chromium or Chrome, then Playwright's own browser in its
// cache. `findChromium` is the pure decision (unit-tested over a list of existing files);
// scripts/ensure-chromium.ts installs Playwright's browser when it finds none.

import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

export type ChromiumChoice =
  | { kind: 'found'; path: string; source: 'NUZZLE_CHROMIUM' | 'system' | 'playwright' }
  | { kind: 'missing-override'; path: string }
  | { kind: 'none' };

export interface ChromiumFacts {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  /** Where Playwright's own Chromium is (or would be) in its cache. */
  playwrightPath: string;
  exists(path: string): boolean;
}

/** System browsers where each OS's installers put them. */
export function systemChromiumPaths(
  platform: NodeJS.Platform,
  env: ChromiumFacts['env'],
): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']];
    return roots
      .filter((root): root is string => Boolean(root))
      .flatMap((root) => [
        `${root}\\Chromium\\Application\\chrome.exe`,
        `${root}\\Google\\Chrome\\Application\\chrome.exe`,
      ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ];
}

export function findChromium(facts: ChromiumFacts): ChromiumChoice {
  const override = facts.env.NUZZLE_CHROMIUM;
  if (override) {
    return facts.exists(override)
      ? { kind: 'found', path: override, source: 'NUZZLE_CHROMIUM' }
      : { kind: 'missing-override', path: override };
  }
  const system = systemChromiumPaths(facts.platform, facts.env).find((p) => facts.exists(p));
  if (system) return { kind: 'found', path: system, source: 'system' };
  if (facts.playwrightPath && facts.exists(facts.playwrightPath)) {
    return { kind: 'found', path: facts.playwrightPath, source: 'playwright' };
  }
  return { kind: 'none' };
}

export function thisMachine(): ChromiumFacts {
  return {
    platform: process.platform,
    env: process.env,
    playwrightPath: chromium.executablePath(),
    exists: existsSync,
  };
}

/** The one line to print when no browser can be had. */
export const NO_CHROMIUM_HELP =
  'e2e: no Chromium found and Playwright could not download one — install Chromium or Google Chrome (Debian/Ubuntu: sudo apt-get install chromium), or set NUZZLE_CHROMIUM=/path/to/chrome';

export function chromiumExecutable(): string | undefined {
  const choice = findChromium(thisMachine());
  // Playwright's own browser needs no path; anything else is named.
  return choice.kind === 'found' && choice.source !== 'playwright' ? choice.path : undefined;
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
