// The backups folder: naming, listing and which backups to keep (the last 7 days, then one a
// week for 4 weeks). Names carry the local date and time, so they sort and read naturally.

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { daysBetween, weekStartOf, type LocalDate } from '../../../shared/local-day.ts';

export const BACKUP_DIR_NAME = 'backups';
const NAME = /^nuzzle-(\d{4}-\d{2}-\d{2})-(\d{6})(?:-([a-z-]+))?\.sqlite3$/;

export interface BackupFile {
  name: string;
  file: string;
  /** Local date the backup was made. */
  date: LocalDate;
  /** HHMMSS local time, for ordering within a day. */
  time: string;
  /** Why it was made, when not the daily or manual backup (e.g. before-restore). */
  label: string | null;
  size: number;
}

export function backupName(date: LocalDate, hhmmss: string, label?: string): string {
  return `nuzzle-${date}-${hhmmss}${label ? `-${label}` : ''}.sqlite3`;
}

/** Newest first. Files that aren't ours are ignored. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m?.[1] || !m[2]) continue;
    const file = join(dir, name);
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      continue; // removed meanwhile
    }
    found.push({ name, file, date: m[1], time: m[2], label: m[3] ?? null, size });
  }
  return found.sort(
    (a, b) => (b.date + b.time).localeCompare(a.date + a.time) || b.name.localeCompare(a.name),
  );
}

/**
 * Which backups to keep: the newest backup of each of the 7 most recent days that have one,
 * and the newest of each of the 4 most recent weeks before those. Everything else may go.
 */
export function backupsToKeep(backups: readonly BackupFile[], today: LocalDate): Set<string> {
  const keep = new Set<string>();
  const newest = [...backups].sort((a, b) => (b.date + b.time).localeCompare(a.date + a.time));
  const days: LocalDate[] = [];
  for (const b of newest) {
    if (daysBetween(b.date, today) < 0) continue; // a clock that jumped back: keep, don't count
    if (days.includes(b.date)) continue;
    if (days.length < 7) {
      days.push(b.date);
      keep.add(b.name);
    }
  }
  const oldestDaily = days.at(-1);
  const weeks: LocalDate[] = [];
  for (const b of newest) {
    if (oldestDaily && b.date >= oldestDaily) continue;
    const week = weekStartOf(b.date);
    if (weeks.includes(week) || weeks.length >= 4) continue;
    weeks.push(week);
    keep.add(b.name);
  }
  for (const b of newest) if (daysBetween(b.date, today) < 0) keep.add(b.name);
  return keep;
}
