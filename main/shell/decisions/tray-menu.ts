// The tray menu as data: labels, enabled state and the action each item runs. The shell turns
// it into an Electron Menu, and rebuilds the menu only when this template changes. Linux
// AppIndicator ignores clicks on the icon, so everything must be reachable from here.

import { dayMonth } from '../../../shared/date-words.ts';
import type { Score } from '../../../shared/domain.ts';
import { SCORE_WORDS } from '../../../shared/score-words.ts';
import type { TrayAction } from '../../core/tray/tray-actions.ts';
import type { TrayPartner, TrayState } from '../../core/tray/tray-state.ts';

export interface TrayMenuItem {
  label?: string;
  type?: 'normal' | 'separator' | 'submenu';
  enabled?: boolean;
  action?: TrayAction;
  submenu?: TrayMenuItem[];
}

const SEPARATOR: TrayMenuItem = { type: 'separator' };
const MOODS: readonly Score[] = [5, 4, 3, 2, 1];

// The tray can be seen by anyone nearby: no names, no content, only counts and roles.
function whoLabel(p: TrayPartner, index: number, here: readonly TrayPartner[]): string {
  const shared = here.length > 1;
  if (shared) return `Partner ${String(index + 1)}`;
  return p.role === 'me' ? 'You' : 'Your partner';
}

function statusLines(state: TrayState): TrayMenuItem[] {
  const done = state.partners.filter((p) => p.checkedInToday).length;
  const total = state.partners.length;
  const label =
    total <= 1
      ? done === 1
        ? 'Checked in today'
        : 'Not checked in yet today'
      : `${String(done)} of ${String(total)} checked in today`;
  return [{ label, enabled: false }];
}

function moodItems(partnerId: string): TrayMenuItem[] {
  return MOODS.map((mood) => ({
    label: `${String(mood)} · ${SCORE_WORDS.mood[mood - 1] ?? ''}`,
    action: { kind: 'quick-checkin', partnerId, mood },
  }));
}

/** Linux sends no icon clicks: there the menu's first item opens the quick check-in. */
export function trayMenuTemplate(
  state: TrayState,
  platform: NodeJS.Platform = 'darwin',
): TrayMenuItem[] {
  const linuxFirst: TrayMenuItem[] =
    platform === 'linux' && state.onboarded && !state.lock?.locked
      ? [{ label: 'Check in now…', action: { kind: 'open-quick' } }, SEPARATOR]
      : [];
  return [...linuxFirst, ...menuBody(state)];
}

function menuBody(state: TrayState): TrayMenuItem[] {
  if (state.lock?.locked) {
    return [
      { label: 'Unlock Nuzzle…', action: { kind: 'open', route: 'today' } },
      SEPARATOR,
      { label: 'Quit Nuzzle', action: { kind: 'quit' } },
    ];
  }
  if (!state.onboarded) {
    return [
      { label: 'Set up Nuzzle…', action: { kind: 'open', route: 'onboarding' } },
      SEPARATOR,
      { label: 'Quit Nuzzle', action: { kind: 'quit' } },
    ];
  }
  const here = state.partners.filter((p) => p.onThisComputer);
  const status = statusLines(state);
  const run: TrayMenuItem = {
    label:
      state.currentRun === 0
        ? 'Your next kept day starts a run'
        : `Kept days in a row: ${String(state.currentRun)}`,
    enabled: false,
  };
  const quick: TrayMenuItem =
    here.length === 1 && here[0]
      ? { label: 'Quick check-in', type: 'submenu', submenu: moodItems(here[0].id) }
      : {
          label: 'Quick check-in',
          type: 'submenu',
          submenu: here.map((p, index) => ({
            label: whoLabel(p, index, here),
            type: 'submenu',
            submenu: moodItems(p.id),
          })),
        };
  return [
    ...status,
    run,
    ...(state.sync ? [{ label: state.sync, enabled: false }] : []),
    SEPARATOR,
    quick,
    { label: 'Check in…', action: { kind: 'open-quick' } },
    ...(state.question
      ? [{ label: `${state.question}…`, action: { kind: 'open-question' } } as TrayMenuItem]
      : []),
    ...commitmentItems(state),
    SEPARATOR,
    ...noteItems(state),
    guidesMenu(state),
    ...reminderItems(state),
    SEPARATOR,
    { label: 'Open Nuzzle', action: { kind: 'open', route: 'today' } },
    { label: 'History', action: { kind: 'open', route: 'history' } },
    { label: 'Settings…', action: { kind: 'open', route: 'settings' } },
    ...(state.lock?.passcode
      ? [{ label: 'Lock now', action: { kind: 'lock' } } as TrayMenuItem]
      : []),
    SEPARATOR,
    { label: 'Quit Nuzzle', action: { kind: 'quit' } },
  ];
}

function commitmentItems(state: TrayState): TrayMenuItem[] {
  const c = state.commitments;
  if (!c) return [];
  return [
    {
      label: `Commitments today: ${String(c.marked)} of ${String(c.due)} marked`,
      action: { kind: 'open', route: 'commitments' },
    },
  ];
}

function noteItems(state: TrayState): TrayMenuItem[] {
  const { nudge, unread } = state.notes;
  const items: TrayMenuItem[] = [
    {
      // A gentle nudge in the menu itself, never a notification.
      label: nudge ? 'Write a note… a few kind words?' : 'Write a note…',
      action: { kind: 'open-note' },
    },
  ];
  if (unread > 0) {
    items.push({
      label: unread === 1 ? '1 new note' : `${String(unread)} new notes`,
      action: { kind: 'open', route: 'notes' },
    });
  }
  return items;
}

function guidesMenu(state: TrayState): TrayMenuItem {
  const { guides, continue: next } = state.guides;
  const list: TrayMenuItem[] = guides.map((g) => ({
    label: g.title,
    action: { kind: 'open-guide', slug: g.slug },
  }));
  return {
    label: 'Guides',
    type: 'submenu',
    submenu: next
      ? [
          { label: `Continue: ${next.title}`, action: { kind: 'open-guide', slug: next.slug } },
          SEPARATOR,
          ...list,
        ]
      : list,
  };
}

function reminderItems(state: TrayState): TrayMenuItem[] {
  const r = state.reminders;
  if (!r.enabled) return [];
  if (r.pausedUntil) {
    return [
      SEPARATOR,
      { label: `Reminders paused until ${dayMonth(r.pausedUntil)}`, enabled: false },
      { label: 'Resume reminders', action: { kind: 'resume-reminders' } },
    ];
  }
  const everyoneDone = state.partners
    .filter((p) => p.onThisComputer)
    .every((p) => p.checkedInToday);
  return [
    SEPARATOR,
    { label: 'Remind me in 1 hour', enabled: state.due, action: { kind: 'snooze' } },
    {
      label: r.skippedToday ? 'Skipped today' : 'Skip today',
      enabled: !r.skippedToday && !everyoneDone,
      action: { kind: 'skip-today' },
    },
    { label: 'Pause reminders until…', action: { kind: 'open', route: 'settings' } },
  ];
}

/** Tooltip: generic, no names (the tray can be seen by anyone nearby). */
export function trayTooltip(state: TrayState): string {
  if (!state.onboarded) return 'Nuzzle — not set up yet';
  return state.due ? 'Nuzzle — time for your check-in' : 'Nuzzle';
}

/** A stable key for the template, so the shell rebuilds the native menu only on change. */
export function templateKey(template: readonly TrayMenuItem[]): string {
  return JSON.stringify(template);
}
