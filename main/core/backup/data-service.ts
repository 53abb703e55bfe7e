// Backups, restore, export, import and "delete all my data", around the live database.
// Before anything replaces data (restore, import) a safety copy is taken first.

import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataStatus, StartupNotice } from '../../../shared/domain.ts';
import { localDateOf } from '../../../shared/local-day.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { BACKUP_DIR_NAME, listBackups } from './backup-files.ts';
import { backupOnline, pruneBackups, snapshotNow } from './backups.ts';
import { buildExport, serializeExport } from './export-file.ts';
import {
  IMPORT_MAX_BYTES,
  importExport,
  parseExportText,
  type ImportSummary,
} from './import-file.ts';
import { deleteAllRows, restoreInto } from './restore.ts';
import { savesRefusedReadOnly } from '../db/startup-words.ts';

const BACKUP_FAILED =
  'Nuzzle couldn’t make a backup — the disk may be full or unavailable. Your data itself is unchanged; free some space and try “Back up now” again.';

export interface FilePicker {
  /** Where to save an export (a save dialog); null when the user cancels. */
  chooseExportPath(suggestedName: string): string | null;
  /** Which export to import (an open dialog); null when the user cancels. */
  chooseImportPath(): string | null;
}

export interface DataServiceOptions {
  dataDir: string;
  key: Buffer;
  nativeBinding?: string;
  notice: StartupNotice | null;
  readOnly: boolean;
  files?: FilePicker;
  onBackupError?: (error: unknown) => void;
}

export function createDataService(ctx: CoreContext, options: DataServiceOptions) {
  const { db, clock } = ctx;
  const backupDir = join(options.dataDir, BACKUP_DIR_NAME);
  let notice = options.notice;
  let backingUp: Promise<unknown> | null = null;
  const place = () => ({ dir: backupDir, now: clock.now(), timeZone: clock.timeZone() });

  let backupError: string | null = null;
  const refuseWhenReadOnly = () => {
    if (options.readOnly) throw new AppError('storage', savesRefusedReadOnly);
  };
  const changedEverything = () => {
    ctx.checkins.invalidate();
    ctx.emit('changed', {
      topics: [
        'settings',
        'checkins',
        'pauses',
        'reminders',
        'notes',
        'commitments',
        'guides',
        'questions',
        'data',
      ],
    });
  };

  async function backupNow(): Promise<void> {
    if (options.readOnly) return;
    if (backingUp) {
      await backingUp;
      return;
    }
    const run = backupOnline(db, place()).then(() => pruneBackups(backupDir, todayOf(clock)));
    backingUp = run;
    ctx.emit('changed', { topics: ['data'] });
    try {
      await run;
      backupError = null;
    } catch (error) {
      backupError = BACKUP_FAILED;
      throw error;
    } finally {
      backingUp = null;
      ctx.emit('changed', { topics: ['data'] });
    }
  }

  return {
    status(): DataStatus {
      return {
        backups: listBackups(backupDir).map(({ name, date, size, label }) => ({
          name,
          date,
          size,
          label,
        })),
        backingUp: backingUp !== null,
        notice,
        readOnly: options.readOnly,
        backupError,
      };
    },
    backupNow,
    /**
     * "Back up now": a complete copy before answering (VACUUM INTO, synchronous), so a full
     * disk is reported to the person who asked instead of answering OK.
     */
    backupNowAndWait(): void {
      refuseWhenReadOnly();
      try {
        snapshotNow(db, place());
        pruneBackups(backupDir, todayOf(clock));
        backupError = null;
      } catch (error) {
        backupError = BACKUP_FAILED;
        ctx.emit('changed', { topics: ['data'] });
        if (error instanceof AppError) throw error;
        throw new AppError('storage', BACKUP_FAILED);
      }
      ctx.emit('changed', { topics: ['data'] });
    },
    /** The background integrity check found damage: say so; the next start restores. */
    reportDamage(): void {
      notice = {
        kind: 'damage-found',
        backupDate: null,
        movedAside: null,
        message:
          'Nuzzle found damage in its data file while checking it in the background. Your record still shows; please restart Nuzzle soon, and it will restore your newest good backup.',
      };
      ctx.emit('changed', { topics: ['data'] });
    },
    /** On the first start or wake of the day: one backup a day, then the old ones pruned. */
    async dailyBackup(): Promise<boolean> {
      const today = todayOf(clock);
      if (options.readOnly || listBackups(backupDir).some((b) => b.date === today)) return false;
      try {
        await backupNow();
        return true;
      } catch (error) {
        options.onBackupError?.(error);
        return false;
      }
    },
    restore(name: string): { restoredFrom: string; safetyCopy: string } {
      refuseWhenReadOnly();
      const backup = listBackups(backupDir).find((b) => b.name === name);
      if (!backup)
        throw new AppError('not-found', 'That backup isn’t there any more. Nothing was changed.');
      const safety = snapshotNow(db, place(), 'before-restore');
      restoreInto(db, backup.file, options.dataDir, options.key, options.nativeBinding);
      changedEverything();
      return { restoredFrom: backup.name, safetyCopy: safety.name };
    },
    exportTo(): { path: string } | null {
      const suggested = `Nuzzle export ${localDateOf(clock.now(), clock.timeZone())}.json`;
      const path = options.files?.chooseExportPath(suggested) ?? null;
      if (!path) return null;
      writeFileSync(path, serializeExport(buildExport(db, clock.now())), { mode: 0o600 });
      return { path };
    },
    importFrom(): (ImportSummary & { path: string }) | null {
      const path = options.files?.chooseImportPath() ?? null;
      if (!path) return null;
      refuseWhenReadOnly();
      let text: string;
      try {
        if (statSync(path).size > IMPORT_MAX_BYTES) {
          throw new AppError(
            'bad-request',
            'That file is far larger than any Nuzzle export. Nothing was changed.',
          );
        }
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('bad-request', 'Nuzzle couldn’t read that file. Nothing was changed.');
      }
      const data = parseExportText(text);
      const summary = importExport(db, data, {
        beforeWrite: () => snapshotNow(db, place(), 'before-import'),
      });
      if (summary.total > 0) changedEverything();
      return { ...summary, path };
    },
    deleteEverything(): void {
      refuseWhenReadOnly();
      deleteAllRows(db);
      for (const backup of listBackups(backupDir)) rmSync(backup.file, { force: true });
      ctx.settings.ensurePartners(clock.now());
      notice = null;
      changedEverything();
    },
    dismissNotice(): void {
      notice = null;
      ctx.emit('changed', { topics: ['data'] });
    },
  };
}

export type DataService = ReturnType<typeof createDataService>;
