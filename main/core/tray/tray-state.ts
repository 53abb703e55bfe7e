// What the tray shows, computed by the core so the shell stays a thin renderer of it.

import type { PartnerRole, ReminderStatus } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { commitmentTrayInfo } from '../commitments/tray-info.ts';
import { guideTrayInfo, type GuideTrayInfo } from '../guides/tray-info.ts';
import { noteTrayInfo } from '../notes/tray-info.ts';
import { syncTrayInfo } from '../sync/tray-info.ts';
import { questionTrayLine } from '../questions/tray-info.ts';
import type { CoreContext } from '../context.ts';

export interface TrayPartner {
  id: string;
  role: PartnerRole;
  name: string;
  onThisComputer: boolean;
  checkedInToday: boolean;
}

export interface TrayState {
  onboarded: boolean;
  partners: TrayPartner[];
  currentRun: number;
  /** A check-in on this computer is due (the reminder time passed and someone hasn't yet). */
  due: boolean;
  reminders: { enabled: boolean; pausedUntil: LocalDate | null; skippedToday: boolean };
  notes: { nudge: boolean; unread: number };
  /** My commitments due today and how many I've marked; null when none are due. */
  commitments: { due: number; marked: number } | null;
  guides: GuideTrayInfo;
  /** "Last heard from Sam's computer: 2 h ago", or null when partner sync is off. */
  sync: string | null;
  /** "Today's question: answered · waiting for your partner" — never names or words. */
  question?: string | null;
  /** The passcode lock: while locked the tray shows nothing but how to unlock. */
  lock?: { passcode: boolean; locked: boolean };
}

const QUIET = { enabled: false, pausedUntil: null, skippedToday: false } as const;

function quietState(onboarded: boolean, lock: { passcode: boolean; locked: boolean }): TrayState {
  return {
    onboarded,
    lock,
    partners: [],
    currentRun: 0,
    due: false,
    reminders: QUIET,
    notes: { nudge: false, unread: 0 },
    commitments: null,
    guides: { guides: [], continue: null },
    sync: null,
    question: null,
  };
}

/** Before a sealed start is unlocked the data can't be read at all: only how to unlock. */
export function sealedTrayState(): TrayState {
  return quietState(true, { passcode: true, locked: true });
}

export function trayState(
  ctx: CoreContext,
  reminder: ReminderStatus | null,
  lock: { passcode: boolean; locked: boolean } = { passcode: false, locked: false },
): TrayState {
  const settings = ctx.settings.get();
  // Not set up, or locked: no names, no partner status, no counts.
  if (!settings.onboarded || lock.locked) return quietState(settings.onboarded, lock);
  const commitments = commitmentTrayInfo(ctx);
  const partners = settings.partners;
  const record = ctx.record.summary();
  return {
    onboarded: true,
    lock,
    partners: partners.map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      onThisComputer: p.onThisComputer,
      checkedInToday: record.checkedInToday[p.id] ?? false,
    })),
    currentRun: record.currentRun,
    due: reminder?.due ?? false,
    reminders: reminder
      ? {
          enabled: reminder.enabled,
          pausedUntil: reminder.pausedUntil,
          skippedToday: reminder.skippedToday,
        }
      : QUIET,
    notes: noteTrayInfo(ctx),
    commitments: commitments ? { due: commitments.due, marked: commitments.marked } : null,
    guides: guideTrayInfo(ctx),
    sync: syncTrayInfo(ctx),
    question: questionTrayLine(ctx),
  };
}
