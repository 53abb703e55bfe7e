// Backups, restore, export, import and "delete all my data", around the live database.
// Before anything replaces data (restore, import) a safety copy is taken first.

import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportMode } from '../../../shared/contract-data.ts';
import type { DataStatus, StartupNotice } from '../../../shared/domain.ts';
import { localDateOf } from '../../../shared/local-day.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { BACKUP_DIR_NAME, listBackups } from './backup-files.ts';
import { backupOnline, pruneBackups, snapshotNow } from './backups.ts';
import {
  EXPORT_LOG_N,
  openEnvelope,
  readEnvelope,
  sealExport,
  WrongPassphrase,
  type Envelope,
} from './export-envelope.ts';
import { buildExport, serializeExport } from './export-file.ts';
import {
  IMPORT_MAX_BYTES,
  importExport,
  parseExportText,
  parseImportText,
  type ImportSummary,
} from './import-file.ts';
import { deleteAllRows, restoreInto } from './restore.ts';
import { savesRefusedReadOnly } from '../db/startup-words.ts';

const BACKUP_FAILED =
  'Nuzzle couldn’t make a backup — the disk may be full or unavailable. Your data itself is unchanged; free some space and try “Back up now” again.';

const WRONG_PASSPHRASE =
  'That passphrase doesn’t open this export. Check it and try again — if you’re sure it’s right, the file may have been damaged or changed since it was made. Nothing was changed.';

const NOTHING_YET: ImportSummary = { added: {}, total: 0, conflicts: 0 };

export type ImportOutcome = ImportSummary & { needsPassphrase: boolean };

/** The chosen file's text; anything unreadable or oversized is refused in words. */
function readImportFile(path: string): string {
  try {
    if (statSync(path).size > IMPORT_MAX_BYTES) {
      throw new AppError(
        'bad-request',
        'That file is far larger than any Nuzzle export. Nothing was changed.',
      );
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad-request', 'Nuzzle couldn’t read that file. Nothing was changed.');
  }
}

export interface FilePicker {
  /** Where to save an export (a save dialog); null when the user cancels. */
  chooseExportPath(suggestedName: string): string | null;
  /** Which export to import (an open dialog); null when the user cancels. */
  chooseImportPath(): string | null;
}

export type ExportChoice =
  | { mode: Extract<ExportMode, 'plain'> }
  | { mode: Extract<ExportMode, 'encrypted'>; passphrase: string };

export interface DataServiceOptions {
  dataDir: string;
  key: Buffer;
  nativeBinding?: string;
  notice: StartupNotice | null;
  readOnly: boolean;
  files?: FilePicker;
  /** scrypt cost of encrypted exports (log2 N), and the least an import accepts; tests lower it. */
  exportLogN?: number;
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

  const exportLogN = options.exportLogN ?? EXPORT_LOG_N;
  /** The encrypted export chosen in the open dialog, waiting for its passphrase. */
  let awaiting: Envelope | null = null;
  /** scrypt takes 128 MiB and half a second: one at a time, and nobody queues up more. */
  let deriving = false;
  const refuseWhileDeriving = () => {
    if (deriving) throw new AppError('slow-down', 'Still working on the last one — one moment.');
  };
  async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    refuseWhileDeriving();
    deriving = true;
    try {
      return await work();
    } finally {
      deriving = false;
    }
  }
  function runImport(data: Record<string, unknown>): ImportSummary {
    const summary = importExport(db, data, {
      beforeWrite: () => snapshotNow(db, place(), 'before-import'),
    });
    if (summary.total > 0) changedEverything();
    return summary;
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
    /**
     * Writes an export where the person chooses. Plain: at once. Encrypted: the content is
     * taken now, then sealed off the main thread (scrypt) and written — a Promise.
     */
    exportTo(choice: ExportChoice): { path: string } | null | Promise<{ path: string } | null> {
      // Before the dialog: nobody picks a file only to be told to wait.
      if (choice.mode === 'encrypted') refuseWhileDeriving();
      const day = localDateOf(clock.now(), clock.timeZone());
      const suggested =
        choice.mode === 'plain'
          ? `Nuzzle export ${day}.json`
          : `Nuzzle export ${day} (encrypted).json`;
      const path = options.files?.chooseExportPath(suggested) ?? null;
      if (!path) return null;
      const text = serializeExport(buildExport(db, clock.now()));
      if (choice.mode === 'plain') {
        writeFileSync(path, text, { mode: 0o600 });
        return { path };
      }
      return oneAtATime(async () => {
        const sealed = await sealExport(text, choice.passphrase, exportLogN);
        writeFileSync(path, sealed, { mode: 0o600 });
        return { path };
      });
    },
    /**
     * The open dialog, then the import. An encrypted file is only checked here and kept
     * (answering needsPassphrase); importWithPassphrase opens and imports it.
     */
    importFrom(): ImportOutcome | null {
      awaiting = null;
      const path = options.files?.chooseImportPath() ?? null;
      if (!path) return null;
      refuseWhenReadOnly();
      const file = parseImportText(readImportFile(path));
      if (file.kind === 'plain') return { ...runImport(file.data), needsPassphrase: false };
      // Checked before any passphrase is asked for: a damaged or hostile file is refused now.
      awaiting = readEnvelope(file.envelope, IMPORT_MAX_BYTES, exportLogN);
      return { ...NOTHING_YET, needsPassphrase: true };
    },
    /**
     * Opens the encrypted export chosen last and imports it. A wrong passphrase keeps the
     * file for another try; the data is untouched until the file opens and passes every check.
     */
    importWithPassphrase(passphrase: string): Promise<ImportOutcome> {
      const envelope = awaiting;
      if (!envelope) {
        throw new AppError('not-found', 'Choose the export to import first. Nothing was changed.');
      }
      refuseWhenReadOnly();
      return oneAtATime(async () => {
        let text: string;
        try {
          text = await openEnvelope(envelope, passphrase);
        } catch (error) {
          if (!(error instanceof WrongPassphrase)) throw error;
          throw new AppError('wrong-secret', WRONG_PASSPHRASE);
        }
        awaiting = null;
        return { ...runImport(parseExportText(text)), needsPassphrase: false };
      });
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
