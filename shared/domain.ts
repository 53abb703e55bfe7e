// Domain types shared by the core (which stores them) and the renderer (which shows them).
// Plain data only: everything here crosses the IPC bridge by structured clone.

import type { LocalDate, LocalTime } from './local-day.ts';
import type { RecordSummary, DayState } from './record.ts';

export type PartnerRole = 'me' | 'partner';

/** Who uses this computer: only me (my partner has their own), or both of us. */
export type ComputerMode = 'just-me' | 'both';

export interface Partner {
  id: string;
  role: PartnerRole;
  name: string;
  /** Whether this partner checks in on this computer (both do in "both" mode). */
  onThisComputer: boolean;
  /** "My day ends at": 0 (midnight) … 4 (4 am); a check-in before it belongs to the night before. */
  dayEndsAt: number;
}

export interface ReminderSettings {
  enabled: boolean;
  time: LocalTime;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
}

export interface Settings {
  onboarded: boolean;
  partners: Partner[];
  computerMode: ComputerMode;
  reminder: ReminderSettings;
  launchAtLogin: boolean;
}

export type Score = 1 | 2 | 3 | 4 | 5;

export interface Checkin {
  id: string;
  authorId: string;
  localDate: LocalDate;
  timeZone: string;
  checkedInAt: number;
  mood: Score;
  closeness: Score;
  settled: Score;
  note: string;
  shared: string;
  createdAt: number;
  updatedAt: number;
}

export interface Pause {
  id: string;
  authorId: string;
  startDate: LocalDate;
  endDate: LocalDate;
  reason: string;
  createdAt: number;
  /** The author's day when it was added (null for pauses from before Nuzzle kept it). */
  addedOn: LocalDate | null;
}

export interface PartnerToday {
  partner: Partner;
  /** This partner's own current day (their zone, their day end): their check-in is for it. */
  today: LocalDate;
  /** The zone their day is counted in (for the partner on another computer: last known). */
  timeZone: string;
  checkin: Checkin | null;
  /** Today's check-in may still be changed; earlier days are read-only. */
  editable: boolean;
}

export interface ReminderStatus {
  enabled: boolean;
  /** A check-in on this computer is due: the reminder time passed and someone hasn't yet. */
  due: boolean;
  /** When the next reminder will come today, if one is planned. */
  nextAt: number | null;
  snoozedUntil: number | null;
  skippedToday: boolean;
  /** Quiet through this date (inclusive), or null. */
  pausedUntil: LocalDate | null;
}

export interface TodayView {
  today: LocalDate;
  timeZone: string;
  now: number;
  partners: PartnerToday[];
  record: RecordSummary;
  pausedToday: Pause | null;
  /** Pauses the partner added in the last week that cover days already past. */
  pausesAddedAfter: Pause[];
  reminder: ReminderStatus;
}

export interface HistoryView {
  today: LocalDate;
  record: RecordSummary;
  calendar: { date: LocalDate; state: DayState }[][];
  /** Where each month starts in the calendar, for labels (`month` is YYYY-MM). */
  months: { column: number; month: string }[];
  settled: { weekStart: LocalDate; average: Record<string, number | null> }[];
  partners: Partner[];
  pauses: Pause[];
  /** Told once after an update changed how the pattern score is worked out. */
  notice: string | null;
}

export interface AppInfo {
  version: string;
  now: number;
  timeZone: string;
  today: LocalDate;
  platform: string;
}

/** What happened at start-up that the user should know about (told once, plainly). */
export interface StartupNotice {
  kind:
    | 'restored-from-backup'
    | 'started-fresh'
    | 'read-only'
    /** Work saved before an unclean exit (or outside damage) isn't in the file. */
    | 'changes-missing'
    /** The background check found damage; the next start restores from a backup. */
    | 'damage-found';
  message: string;
  backupDate: LocalDate | null;
  /** The damaged file, kept beside the database under this name. */
  movedAside: string | null;
}

export interface BackupInfo {
  name: string;
  date: LocalDate;
  size: number;
  label: string | null;
}

export interface DataStatus {
  backups: BackupInfo[];
  backingUp: boolean;
  notice: StartupNotice | null;
  readOnly: boolean;
  /** The last backup that failed, in plain words (cleared by the next one that works). */
  backupError: string | null;
}
