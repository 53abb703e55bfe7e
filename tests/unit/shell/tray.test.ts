import { describe, expect, test } from 'vitest';
import type { TrayState } from '../../../main/core/tray/tray-state.ts';
import { appMenuTemplate } from '../../../main/shell/decisions/app-menu.ts';
import { nativeBindingPath } from '../../../main/shell/decisions/native-binding.ts';
import { trayIconFile } from '../../../main/shell/decisions/tray-icon.ts';
import {
  templateKey,
  trayMenuTemplate,
  trayTooltip,
  type TrayMenuItem,
} from '../../../main/shell/decisions/tray-menu.ts';

const QUIET = { enabled: false, pausedUntil: null, skippedToday: false };
const NONE = {
  notes: { nudge: false, unread: 0 },
  commitments: null,
  guides: { guides: [], continue: null },
  sync: null,
};
const both: TrayState = {
  ...NONE,
  onboarded: true,
  currentRun: 4,
  due: false,
  reminders: QUIET,
  partners: [
    { id: 'a', role: 'me', name: 'Alex', onThisComputer: true, checkedInToday: true },
    { id: 'b', role: 'partner', name: 'Sam', onThisComputer: true, checkedInToday: false },
  ],
};

const labels = (items: TrayMenuItem[]) => items.map((i) => i.label ?? '—');

describe('tray menu', () => {
  test('before onboarding it offers only setup and quit', () => {
    const menu = trayMenuTemplate({
      ...NONE,
      onboarded: false,
      partners: [],
      currentRun: 0,
      due: false,
      reminders: QUIET,
    });
    expect(labels(menu)).toEqual(['Set up Nuzzle…', '—', 'Quit Nuzzle']);
    expect(menu[0]?.action).toEqual({ kind: 'open', route: 'onboarding' });
  });

  test('says how many of you checked in today, never who; the run; a quick check-in per partner', () => {
    const menu = trayMenuTemplate(both);
    expect(labels(menu)).toEqual([
      '1 of 2 checked in today',
      'Kept days in a row: 4',
      '—',
      'Quick check-in',
      'Check in…',
      '—',
      'Write a note…',
      'Guides',
      '—',
      'Open Nuzzle',
      'History',
      'Settings…',
      '—',
      'Quit Nuzzle',
    ]);
    const quick = menu.find((i) => i.label === 'Quick check-in');
    expect(labels(quick?.submenu ?? [])).toEqual(['Partner 1', 'Partner 2']);
    expect(JSON.stringify(menu)).not.toMatch(/Alex|Sam/);
    const samMoods = quick?.submenu?.[1]?.submenu ?? [];
    expect(labels(samMoods)).toEqual(['5 · Bright', '4 · Good', '3 · Okay', '2 · Flat', '1 · Low']);
    expect(samMoods[1]?.action).toEqual({ kind: 'quick-checkin', partnerId: 'b', mood: 4 });
  });

  test('with "just me" the moods are one level down, for me only', () => {
    const justMe: TrayState = {
      ...both,
      partners: both.partners.map((p) =>
        p.role === 'partner' ? { ...p, onThisComputer: false } : p,
      ),
    };
    const quick = trayMenuTemplate(justMe).find((i) => i.label === 'Quick check-in');
    expect(quick?.submenu?.[0]?.action).toEqual({ kind: 'quick-checkin', partnerId: 'a', mood: 5 });
  });

  test('commitments, notes and guides: counts only, never names or words', () => {
    const busy: TrayState = {
      ...both,
      commitments: { due: 2, marked: 1 },
      notes: { nudge: true, unread: 2 },
      guides: {
        guides: [
          { slug: 'rebuilding-trust', title: 'Rebuilding trust' },
          { slug: 'after-a-fight', title: 'After a fight' },
        ],
        continue: { slug: 'after-a-fight', title: 'After a fight' },
      },
    };
    const menu = trayMenuTemplate(busy);
    const find = (label: string) => menu.find((i) => i.label === label);
    expect(find('Commitments today: 1 of 2 marked')?.action).toEqual({
      kind: 'open',
      route: 'commitments',
    });
    expect(find('Write a note… a few kind words?')?.action).toEqual({ kind: 'open-note' });
    expect(find('2 new notes')?.action).toEqual({ kind: 'open', route: 'notes' });
    const guides = find('Guides')?.submenu ?? [];
    expect(labels(guides)).toEqual([
      'Continue: After a fight',
      '—',
      'Rebuilding trust',
      'After a fight',
    ]);
    expect(guides[0]?.action).toEqual({ kind: 'open-guide', slug: 'after-a-fight' });
  });

  test('partner sync status shows as a quiet line under the run', () => {
    const menu = trayMenuTemplate({
      ...both,
      sync: 'Last heard from your partner’s computer: 2 h ago',
    });
    const i = labels(menu).indexOf('Last heard from your partner’s computer: 2 h ago');
    expect(i).toBe(labels(menu).indexOf('Kept days in a row: 4') + 1);
    expect(menu[i]?.enabled).toBe(false);
  });

  test('no run yet reads as a beginning, not a failure', () => {
    expect(labels(trayMenuTemplate({ ...both, currentRun: 0 }))).toContain(
      'Your next kept day starts a run',
    );
  });

  test('the template key changes only when the menu would', () => {
    expect(templateKey(trayMenuTemplate(both))).toBe(templateKey(trayMenuTemplate({ ...both })));
    expect(templateKey(trayMenuTemplate(both))).not.toBe(
      templateKey(trayMenuTemplate({ ...both, currentRun: 5 })),
    );
  });

  test('reminder choices: snooze only while due, skip until everyone has checked in, pause', () => {
    const on = { ...both, reminders: { enabled: true, pausedUntil: null, skippedToday: false } };
    const item = (state: TrayState, label: string) =>
      trayMenuTemplate(state).find((i) => i.label === label);
    expect(item(on, 'Remind me in 1 hour')?.enabled).toBe(false);
    expect(item({ ...on, due: true }, 'Remind me in 1 hour')).toMatchObject({
      enabled: true,
      action: { kind: 'snooze' },
    });
    expect(item(on, 'Skip today')).toMatchObject({ enabled: true, action: { kind: 'skip-today' } });
    expect(
      item({ ...on, reminders: { ...on.reminders, skippedToday: true } }, 'Skipped today')?.enabled,
    ).toBe(false);
    const allDone = { ...on, partners: on.partners.map((p) => ({ ...p, checkedInToday: true })) };
    expect(item(allDone, 'Skip today')?.enabled).toBe(false);
    expect(item(on, 'Pause reminders until…')?.action).toEqual({ kind: 'open', route: 'settings' });
    const paused = { ...on, reminders: { ...on.reminders, pausedUntil: '2026-12-03' } };
    expect(labels(trayMenuTemplate(paused))).toEqual(
      expect.arrayContaining(['Reminders paused until 3 Dec', 'Resume reminders']),
    );
    expect(item(paused, 'Skip today')).toBeUndefined();
    expect(item(both, 'Skip today')).toBeUndefined(); // reminders off: no reminder items
  });

  test('the tooltip never names anyone', () => {
    expect(trayTooltip({ ...both, due: true })).toBe('Nuzzle — time for your check-in');
    expect(trayTooltip(both)).not.toMatch(/Alex|Sam/);
  });
});

describe('tray icon', () => {
  test.each([
    ['darwin', false, 'trayTemplate.png'],
    ['darwin', true, 'tray-dueTemplate.png'],
    ['win32', false, 'tray.ico'],
    ['win32', true, 'tray-due.ico'],
    ['linux', false, 'tray-24.png'],
    ['linux', true, 'tray-due-24.png'],
  ] as const)('%s (due: %s) → %s', (platform, due, file) => {
    expect(trayIconFile(platform, due)).toBe(file);
  });
});

describe('app menu', () => {
  test('macOS gets the app menu first; every platform gets Edit for copy and paste', () => {
    const mac = appMenuTemplate('darwin');
    expect(mac[0]?.label).toBe('Nuzzle');
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const edit = appMenuTemplate(platform).find((m) => m.label === 'Edit');
      const roles = Array.isArray(edit?.submenu) ? edit.submenu.map((i) => i.role) : [];
      expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll']));
    }
    expect(appMenuTemplate('linux')[0]?.label).toBe('File');
  });
});

describe('native binding', () => {
  test('development uses the Electron build in .native; packaged apps the one in resources', () => {
    const env = {
      resourcesPath: '/opt/Nuzzle/resources',
      appRoot: '/src/nuzzle',
      moduleAbi: '150',
      platform: 'linux' as const,
      arch: 'x64',
    };
    expect(nativeBindingPath({ ...env, isPackaged: false })).toBe(
      '/src/nuzzle/.native/electron-abi150-linux-x64/better_sqlite3.node',
    );
    expect(nativeBindingPath({ ...env, isPackaged: true })).toBe(
      '/opt/Nuzzle/resources/native/better_sqlite3.node',
    );
  });
});

describe('the daily question in the tray', () => {
  test('one line that names nobody and opens the quick window on the question', () => {
    const line = 'Today’s question: answered · waiting for your partner';
    const menu = trayMenuTemplate({ ...both, question: line });
    const item = menu.find((i) => i.label?.startsWith('Today’s question'));
    expect(item).toEqual({ label: `${line}…`, action: { kind: 'open-question' } });
    expect(item?.label).not.toMatch(/Alex|Sam/);
    expect(labels(trayMenuTemplate(both)).some((l) => l.includes('question'))).toBe(false);
  });
});
