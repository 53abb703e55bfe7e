// The e2e harness: one fixture that launches the real built renderer in Chromium, bridged to
// the real core (real router, real validation wrapper, real SQLite in a fresh temp dir) in
// place of Electron's preload. Time and time zone are injected; tests drive the page by role
// and label. Usage:
//
//   import { test, expect } from './harness/nuzzle.ts';
//   test.use({ now: '2026-03-10T20:05:00-04:00', zone: 'America/New_York' });
//   test('…', async ({ nuzzle, page }) => { await nuzzle.open('today'); … });

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type {
  Channel,
  EventMap,
  EventName,
  IpcResult,
  RequestOf,
} from '../../../shared/contract.ts';
import type { ComputerMode, Settings } from '../../../shared/domain.ts';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore, type Core } from '../../../main/core/core.ts';
import { NOTIFICATION_TEXT } from '../../../main/core/notification-text.ts';
import {
  runTrayAction,
  type TrayAction,
  type TrayFollowUp,
} from '../../../main/core/tray/tray-actions.ts';
import { PREVIEW_ORIGIN } from './origin.ts';

export interface Nuzzle {
  core: Core;
  clock: ReturnType<typeof manualClock>;
  dataDir: string;
  /** Loads the app at a hash route (`today`, `quick?partner=…`). */
  open(route?: string): Promise<void>;
  /** Finishes onboarding straight through the core (for tests about later screens). */
  onboard(options?: { me?: string; partner?: string; mode?: ComputerMode }): Settings;
  /** Calls the bridge from inside the page, exactly as renderer code would. */
  invokeFromPage(channel: string, payload?: unknown): Promise<IpcResult<unknown>>;
  /** From now on, the page's calls to this channel fail as a broken bridge or a bug would:
   *  the call throws this error, or answers this (perhaps malformed) value. The core is not
   *  asked, so nothing changes. */
  breakChannel(channel: Channel, fault: { throws: Error } | { answers: unknown }): void;
  /** Calls the core as the app's own page would (for setting up data). */
  call<C extends Channel>(channel: C, payload?: RequestOf<C>): unknown;
  /** Runs a tray menu action as the shell would, returning what the shell would show. */
  trayAction(action: TrayAction): TrayFollowUp;
  /** Moves the injected clock and tells the page, as the shell does at midnight. */
  setNow(instant: string | number): void;
  /** What the export/import dialogs "choose" next (null: the user cancels). */
  picks: { exportPath: string | null; importPath: string | null; folder: string | null };
  /** Notifications the shell would have shown (title: body), in order. */
  notifications: string[];
  /** Runs a bulk set-up in one transaction, without telling the page about each change
   *  (it reads everything when it loads). */
  quietly(setUp: () => void): void;
  /** Reads what the database holds (committed: no transaction is left open between calls). */
  query<T>(sql: string, ...params: unknown[]): T[];
}

interface Options {
  /** The instant "now" for the core (ISO string with offset). */
  now: string;
  /** The IANA zone the computer is in; the browser is put in the same zone. */
  zone: string;
}

const BRIDGE_SHIM = () => {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  const w = window as unknown as {
    __nuzzleInvoke: (channel: unknown, payload: unknown) => Promise<unknown>;
    __nuzzleEmit: (event: string, payload: unknown) => void;
    __nuzzleClosed: number;
    nuzzle: unknown;
  };
  w.__nuzzleClosed = 0;
  w.nuzzle = Object.freeze({
    invoke: (channel: unknown, payload: unknown) => w.__nuzzleInvoke(channel, payload),
    on: (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  });
  w.__nuzzleEmit = (event, payload) => {
    for (const l of listeners.get(event) ?? []) l(payload);
  };
  // Electron hides the quick window on close; here we only count the requests.
  window.close = () => {
    w.__nuzzleClosed += 1;
  };
};

export const test = base.extend<Options & { nuzzle: Nuzzle }>({
  now: ['2026-03-10T20:05:00-04:00', { option: true }],
  zone: ['America/New_York', { option: true }],
  timezoneId: async ({ zone }, use) => {
    await use(zone);
  },
  nuzzle: async ({ page, now, zone }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'nuzzle-e2e-'));
    const clock = manualClock(Date.parse(now), zone);
    const notifications: string[] = [];
    const picks: Nuzzle['picks'] = { exportPath: null, importPath: null, folder: null };
    const core = createCore({
      dataDir,
      files: { chooseExportPath: () => picks.exportPath, chooseImportPath: () => picks.importPath },
      syncFolders: { chooseFolder: () => picks.folder },
      sync: { kdfLogN: 8 },
      clock,
      trustedOrigins: [PREVIEW_ORIGIN],
      notify: (kind) =>
        notifications.push(`${NOTIFICATION_TEXT[kind].title}: ${NOTIFICATION_TEXT[kind].body}`),
      reminders: {
        // Reminders due "now" on the injected clock fire at once; later ones wait for setNow.
        scheduleJob: () => ({ cancel: () => undefined }),
      },
    });
    const internal = { url: `${PREVIEW_ORIGIN}/`, isMainFrame: true };
    const broken = new Map<unknown, { throws: Error } | { answers: unknown }>();

    await page.exposeBinding('__nuzzleInvoke', (source, channel: unknown, payload: unknown) => {
      const fault = broken.get(channel);
      if (fault && 'throws' in fault) throw fault.throws;
      if (fault) return fault.answers;
      return core.dispatchAsync(channel, payload, {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      });
    });
    await page.addInitScript(BRIDGE_SHIM);
    let quiet = false;
    const unsubscribe = core.subscribe((event, payload) => {
      if (!quiet) void pushEvent(page, event, payload);
    });

    const nuzzle: Nuzzle = {
      core,
      clock,
      dataDir,
      notifications,
      picks,
      async open(route = 'today') {
        await page.goto(`/#/${route}`);
      },
      onboard({ me = 'Alex', partner = 'Sam', mode = 'both' } = {}) {
        const result = core.dispatch(
          'onboarding:complete',
          {
            myName: me,
            partnerName: partner,
            computerMode: mode,
            reminderTime: '20:00',
            launchAtLogin: false,
          },
          internal,
        );
        if (!result.ok) throw new Error(result.error.message);
        return result.value as Settings;
      },
      invokeFromPage(channel, payload) {
        return page.evaluate(
          ([c, p]) =>
            (
              window as unknown as {
                nuzzle: { invoke: (c: unknown, p: unknown) => Promise<IpcResult<unknown>> };
              }
            ).nuzzle.invoke(c, p),
          [channel, payload] as const,
        );
      },
      breakChannel(channel, fault) {
        broken.set(channel, fault);
      },
      call(channel, payload) {
        const result = core.dispatch(channel, payload, internal);
        if (!result.ok) throw new Error(result.error.message);
        return result.value;
      },
      trayAction(action) {
        return runTrayAction(core, action);
      },
      setNow(instant) {
        clock.set(typeof instant === 'number' ? instant : Date.parse(instant));
        core.context.emit('changed', { topics: ['clock'] });
      },
      quietly(setUp) {
        quiet = true;
        try {
          core.context.db.transaction(setUp)();
        } finally {
          quiet = false;
        }
      },
      // Through the app's own connection: it holds the file's lock while it is open, as it
      // does in the app (open-database.ts), so no second connection could read it.
      query<T>(sql: string, ...params: unknown[]) {
        return core.context.db.prepare(sql).all(...params) as T[];
      },
    };

    await use(nuzzle);

    unsubscribe();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

async function pushEvent<E extends EventName>(
  page: Page,
  event: E,
  payload: EventMap[E],
): Promise<void> {
  try {
    await page.evaluate(
      ([e, p]) => {
        (window as unknown as { __nuzzleEmit?: (e: string, p: unknown) => void }).__nuzzleEmit?.(
          e,
          p,
        );
      },
      [event, payload] as const,
    );
  } catch {
    // The page may be navigating or closed; it re-reads on load anyway.
  }
}

export { expect };
