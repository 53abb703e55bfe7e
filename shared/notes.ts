// Pure rules for appreciation notes: what can be sent, how often notes flow each week, and
// when a gentle "write a note?" nudge is due. A note belongs to the local day (and so the
// week) where its author was when writing it, whatever zone the viewer is in now.

import type { Partner } from './domain.ts';
import { addDays, daysBetween, isValidTimeZone, localDateOf, weekStartOf } from './local-day.ts';
import type { LocalDate } from './local-day.ts';
import { beyondAnyCount, CODE_UNITS_PER_CHARACTER, countCharacters } from './text-length.ts';

export const NOTE_MAX_LENGTH = 1000;

/**
 * A storage bound in UTF-16 code units. The limit above counts what a person sees, and a
 * single visible character can hide many code units (combining marks, emoji sequences);
 * this keeps such text from growing without bound. Ordinary notes never come near it.
 */
export const NOTE_MAX_CODE_UNITS = NOTE_MAX_LENGTH * CODE_UNITS_PER_CHARACTER;

export const DEFAULT_NUDGE_AFTER_DAYS = 3;

export interface NoteNudgeSettings {
  enabled: boolean;
  afterDays: number;
}

export const DEFAULT_NOTE_NUDGE: NoteNudgeSettings = {
  enabled: true,
  afterDays: DEFAULT_NUDGE_AFTER_DAYS,
};

/** How many days without a note before the nudge, as the settings allow. */
export const NUDGE_AFTER_DAYS_MIN = 1;
export const NUDGE_AFTER_DAYS_MAX = 30;

/** This computer's note settings (never synced). */
export interface NoteSettings {
  /** Offer a gentle "write a note?" (Today card, tray) after a quiet stretch. */
  nudgeEnabled: boolean;
  nudgeAfterDays: number;
  /** A generic notification when a note arrives for someone on this computer. */
  notifyOnArrival: boolean;
}

export const DEFAULT_NOTE_SETTINGS: NoteSettings = {
  nudgeEnabled: DEFAULT_NOTE_NUDGE.enabled,
  nudgeAfterDays: DEFAULT_NOTE_NUDGE.afterDays,
  notifyOnArrival: true,
};

/** A note as screens see it. A deleted note is never shown, so it has no place here. */
export interface Note {
  id: string;
  authorId: string;
  recipientId: string;
  text: string;
  /** IANA zone the author was in when writing. */
  timeZone: string;
  /** The author's local date when writing. */
  writtenOn: LocalDate;
  createdAt: number;
  updatedAt: number;
}

/** A note in its recipient's inbox, with the recipient's own read and favourite marks. */
export interface ReceivedNote extends Note {
  read: boolean;
  favourite: boolean;
}

export interface NoteReader {
  partner: Partner;
  unread: number;
}

/** The Notes screen for one person on this computer. */
export interface NotesView {
  today: LocalDate;
  /** Whose notes these are: the person reading and writing right now. */
  viewer: Partner;
  /** Who the viewer writes to (the other partner). */
  recipient: Partner;
  /** Everyone who reads and writes notes on this computer, with their unread counts. */
  here: NoteReader[];
  inbox: ReceivedNote[];
  /** Notes in the inbox as filtered (all, or favourites), before the limit. */
  inboxTotal: number;
  unread: number;
  favourites: number;
  sent: Note[];
  sentTotal: number;
  /** Written and received per week, oldest first, ending with this week. */
  flow: WeekFlow[];
}

export interface NoteDraft {
  authorId: string;
  text: string;
  updatedAt: number | null;
}

/** A Today-card nudge: `partner` hasn't written to `recipient` for a while. */
export interface NoteNudge {
  partner: Partner;
  recipient: Partner;
}

/** The fields of a stored note these rules need. */
export interface NoteFacts {
  authorId: string;
  recipientId: string;
  /** ms since the epoch */
  createdAt: number;
  /** IANA zone the author was in when writing */
  timeZone: string;
  deleted?: boolean;
}

export interface WeekFlow {
  weekStart: LocalDate;
  written: number;
  received: number;
}

type Validation<T> = { ok: true; value: T } | { ok: false; message: string };

/** What a person sees as characters, so an emoji (even a family or a flag) counts once. */
export const characterCount = (text: string): number => countCharacters(text);

const formatCount = (n: number): string => n.toLocaleString('en-US');

export function validateNoteText(text: string): Validation<string> {
  const value = text.trim();
  if (value.length === 0) return { ok: false, message: 'Write a few words first.' };
  if (beyondAnyCount(value, NOTE_MAX_LENGTH)) {
    return { ok: false, message: 'This note is longer than Nuzzle can keep — try trimming it.' };
  }
  // Every character is at least one UTF-16 unit: a short text needs no counting.
  const length = value.length <= NOTE_MAX_LENGTH ? 0 : characterCount(value);
  if (length > NOTE_MAX_LENGTH) {
    return {
      ok: false,
      message: `Notes can be up to ${formatCount(NOTE_MAX_LENGTH)} characters — this one is ${formatCount(length)}.`,
    };
  }
  return { ok: true, value };
}

// A stored zone that this runtime doesn't know must not take the Notes screen down with it;
// UTC puts the note within a day of where it belongs.
function writtenOn(note: NoteFacts): LocalDate {
  return localDateOf(note.createdAt, isValidTimeZone(note.timeZone) ? note.timeZone : 'UTC');
}

/**
 * Notes written and received by `viewerId`, per Monday-started week: `weeks` weeks, oldest
 * first, ending with the week that contains `today`. Deleted notes and notes outside the
 * range are left out.
 */
export function weeklyFlow(
  notes: readonly NoteFacts[],
  viewerId: string,
  today: LocalDate,
  weeks = 12,
): WeekFlow[] {
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new RangeError(`weeks must be a whole number, at least 1 (got ${weeks})`);
  }
  const current = weekStartOf(today);
  const flow: WeekFlow[] = [];
  const byWeek = new Map<LocalDate, WeekFlow>();
  for (let i = weeks - 1; i >= 0; i--) {
    const week: WeekFlow = { weekStart: addDays(current, -7 * i), written: 0, received: 0 };
    flow.push(week);
    byWeek.set(week.weekStart, week);
  }
  for (const note of notes) {
    if (note.deleted === true) continue;
    if (note.authorId !== viewerId && note.recipientId !== viewerId) continue;
    const week = byWeek.get(weekStartOf(writtenOn(note)));
    if (!week) continue;
    if (note.authorId === viewerId) week.written++;
    if (note.recipientId === viewerId) week.received++;
  }
  return flow;
}

/**
 * Whole days since `authorId` last wrote a (not deleted) note, by the note's own local date;
 * 0 when the latest was written today (or "tomorrow" in a zone ahead), null when never.
 */
export function daysSinceLastNoteWritten(
  notes: readonly NoteFacts[],
  authorId: string,
  today: LocalDate,
): number | null {
  let latest: LocalDate | null = null;
  for (const note of notes) {
    if (note.deleted === true || note.authorId !== authorId) continue;
    const date = writtenOn(note);
    if (latest === null || date > latest) latest = date;
  }
  return latest === null ? null : Math.max(0, daysBetween(latest, today));
}

/**
 * Whether to offer a gentle nudge to write a note. Never when turned off, and not for
 * someone who has never written one (`null`): a brand-new user gets the menu item, not a
 * reminder. A nonsensical `afterDays` falls back to the default rather than nagging daily.
 */
export function shouldNudge(daysSince: number | null, settings: NoteNudgeSettings): boolean {
  if (!settings.enabled || daysSince === null) return false;
  const after =
    Number.isInteger(settings.afterDays) && settings.afterDays >= 1
      ? settings.afterDays
      : DEFAULT_NUDGE_AFTER_DAYS;
  return daysSince >= after;
}
