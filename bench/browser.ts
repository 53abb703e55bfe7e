// Time to Today in real Chromium: from navigation to the Today heading and a partner's
// check-in form on screen, with the built renderer served by `vite preview` and bridged to a
// real core (as the e2e harness does), on a fresh install and on forty years of history.
// Samples alternate between the two so a busy machine slows both alike.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { createCore, type Core } from '../main/core/core.ts';
import { chromiumLaunchOptions } from '../tests/support/chromium.ts';
import { fixtureClock, historyCopy } from './fixtures/history.ts';
import { line, ratio, stats } from './lib/measure.ts';

// The same port rule as the e2e harness (tests/e2e/harness/origin.ts): NUZZLE_E2E_PORT.
const PREVIEW_PORT = Number(process.env.NUZZLE_E2E_PORT ?? 4173);
const PREVIEW_ORIGIN = `http://127.0.0.1:${String(PREVIEW_PORT)}`;

const SHIM = `(() => {
  const listeners = new Map();
  window.nuzzle = Object.freeze({
    invoke: (channel, payload) => window.__nuzzleInvoke(channel, payload),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
})();`;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(PREVIEW_ORIGIN)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${PREVIEW_ORIGIN}`);
}

async function timeToToday(browser: Browser, core: Core, zone: string): Promise<number> {
  const context = await browser.newContext({ timezoneId: zone, baseURL: PREVIEW_ORIGIN });
  try {
    const page = await context.newPage();
    await page.exposeBinding('__nuzzleInvoke', (source, channel: unknown, payload: unknown) =>
      core.dispatch(channel, payload, { url: source.frame.url(), isMainFrame: true }),
    );
    await page.addInitScript(SHIM);
    const t0 = performance.now();
    await page.goto('/#/today');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('form', { name: 'Alex’s check-in' }).waitFor();
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}

export async function benchBrowser(rounds = 7): Promise<string[]> {
  const server = spawn('npx', ['vite', 'preview', '--strictPort', '--logLevel', 'silent'], {
    env: { ...process.env, NUZZLE_E2E_PORT: String(PREVIEW_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  const freshDir = mkdtempSync(join(tmpdir(), 'nuzzle-bench-fresh-'));
  const history = historyCopy(40);
  const options = { trustedOrigins: [PREVIEW_ORIGIN], reminders: { scheduleJob: () => null } };
  const fresh = createCore({ dataDir: freshDir, clock: fixtureClock(), ...options });
  const old = createCore({ dataDir: history.dataDir, clock: fixtureClock(), ...options });
  let browser: Browser | null = null;
  try {
    const onboard = fresh.dispatch(
      'onboarding:complete',
      {
        myName: 'Alex',
        partnerName: 'Sam',
        computerMode: 'both',
        reminderTime: '20:00',
        launchAtLogin: false,
      },
      { url: 'app://nuzzle/', isMainFrame: true },
    );
    if (!onboard.ok) throw new Error(onboard.error.message);
    await waitForServer();
    browser = await chromium.launch(chromiumLaunchOptions());
    const zone = fresh.context.clock.timeZone();
    const samples = { fresh: [] as number[], old: [] as number[] };
    for (let i = 0; i < rounds + 1; i += 1) {
      const a = await timeToToday(browser, fresh, zone);
      const b = await timeToToday(browser, old, zone);
      if (i === 0) continue; // the first load warms Chromium and the server
      samples.fresh.push(a);
      samples.old.push(b);
    }
    const f = stats(samples.fresh);
    const o = stats(samples.old);
    return [
      `time to Today in Chromium (${String(rounds)} loads each):`,
      line('a fresh install', f),
      line('forty years of history', o, `${ratio(o.p50, f.p50)} p50`),
    ];
  } finally {
    await browser?.close();
    fresh.close();
    old.close();
    history.cleanup();
    rmSync(freshDir, { recursive: true, force: true });
    if (server.pid) process.kill(-server.pid);
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of await benchBrowser()) console.log(l);
}
