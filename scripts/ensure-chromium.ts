// Before the e2e tests: make sure there is a Chromium to drive (tests/support/chromium.ts).
// None found: `playwright install chromium`. If that can't download either, stop at once
// with one line saying what to install — never a stack trace.

import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM_HELP, thisMachine } from '../tests/support/chromium.ts';

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

const first = findChromium(thisMachine());
if (first.kind === 'missing-override') {
  fail(`e2e: NUZZLE_CHROMIUM is ${first.path}, but there is no such file — fix or unset it`);
}
if (first.kind === 'none') {
  // Quiet: on failure Playwright prints a stack trace; the one line below says it all.
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'ignore',
    // Offline, the download gives up within seconds instead of Playwright's 30 s default.
    env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000', ...process.env },
    shell: process.platform === 'win32',
    timeout: 15 * 60_000,
  });
  if (install.status !== 0 || findChromium(thisMachine()).kind !== 'found') fail(NO_CHROMIUM_HELP);
  console.log('e2e: installed Playwright’s Chromium (none was found on this machine)');
}
