// Which browser the e2e tests use, decided over a list of files that exist on a machine.

import { describe, expect, test } from 'vitest';
import { findChromium, type ChromiumFacts } from '../support/chromium.ts';

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

const machine = (
  files: string[],
  env: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux',
): ChromiumFacts => ({
  platform,
  env,
  playwrightPath: PLAYWRIGHT,
  exists: (path) => files.includes(path),
});

describe('findChromium', () => {
  test('NUZZLE_CHROMIUM wins over everything', () => {
    expect(
      findChromium(
        machine(['/opt/mine/chrome', '/usr/bin/chromium'], { NUZZLE_CHROMIUM: '/opt/mine/chrome' }),
      ),
    ).toEqual({ kind: 'found', path: '/opt/mine/chrome', source: 'NUZZLE_CHROMIUM' });
  });

  test('a NUZZLE_CHROMIUM that points nowhere is said so, not silently skipped', () => {
    expect(findChromium(machine(['/usr/bin/chromium'], { NUZZLE_CHROMIUM: '/nope' }))).toEqual({
      kind: 'missing-override',
      path: '/nope',
    });
  });

  test('a system Chromium or Chrome before Playwright’s cache', () => {
    expect(findChromium(machine(['/usr/bin/google-chrome-stable', PLAYWRIGHT]))).toMatchObject({
      path: '/usr/bin/google-chrome-stable',
      source: 'system',
    });
    expect(findChromium(machine(['/snap/bin/chromium']))).toMatchObject({ source: 'system' });
  });

  test('macOS and Windows install places', () => {
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findChromium(machine([mac], {}, 'darwin'))).toMatchObject({ path: mac });
    const win = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    expect(
      findChromium(machine([win], { PROGRAMFILES: 'C:\\Program Files' }, 'win32')),
    ).toMatchObject({ path: win, source: 'system' });
  });

  test('Playwright’s own browser when it is in the cache', () => {
    expect(findChromium(machine([PLAYWRIGHT]))).toEqual({
      kind: 'found',
      path: PLAYWRIGHT,
      source: 'playwright',
    });
  });

  test('nothing at all: none (the caller installs, or says what to install)', () => {
    expect(findChromium(machine([]))).toEqual({ kind: 'none' });
  });
});
