// The Nuzzle core: everything the app does, in plain Node. The Electron shell (and the e2e
// harness, and tests) create one, call `dispatch` with IPC calls, and listen for events.

import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventMap, EventName } from '../../shared/contract.ts';
import { APP_ORIGIN } from './app-origin.ts';
import type { Clock } from './clock.ts';
import type { NotificationKind } from './notification-text.ts';
import type { CoreContext } from './context.ts';
import { AppError } from './errors.ts';
import { openStore } from './db/open-store.ts';
import { savesRefusedReadOnly } from './db/startup-words.ts';
import { KEY_BYTES } from './db/connect.ts';
import { canWrite } from './db/read-only-open.ts';
import { lockHandlers } from './handlers/lock-handlers.ts';
import { KEY_FILE } from './lock/key-file.ts';
import { createKeyStore, type KeyringProtector, type KeyStore } from './lock/key-store.ts';
import { createLockService, type LockService } from './lock/lock-service.ts';
import { createDataService, type DataService, type FilePicker } from './backup/data-service.ts';
import { dataHandlers } from './handlers/data-handlers.ts';
import { checkinHandlers } from './handlers/checkin-handlers.ts';
import { commitmentHandlers } from './handlers/commitment-handlers.ts';
import { guideHandlers } from './handlers/guide-handlers.ts';
import { noteHandlers } from './handlers/note-handlers.ts';
import { questionHandlers } from './handlers/question-handlers.ts';
import { questionWaiting } from './questions/tray-info.ts';
import { reminderHandlers } from './handlers/reminder-handlers.ts';
import { settingsHandlers } from './handlers/settings-handlers.ts';
import { syncHandlers } from './handlers/sync-handlers.ts';
import {
  createReminderService,
  type ReminderService,
  type ReminderServiceOptions,
} from './reminders/reminder-service.ts';
import {
  createDispatchers,
  type Dispatch,
  type DispatchAsync,
  type Handlers,
} from './ipc/dispatch.ts';
import { createAfterChanges } from './after-changes.ts';
import { createCheckinStore } from './stores/checkin-store.ts';
import { createPauseStore } from './stores/pause-store.ts';
import { createPartnerDays } from './record/partner-days.ts';
import { createRecordReader } from './record/record-reader.ts';
import { createSettingsStore } from './stores/settings-store.ts';
import {
  createSyncService,
  type SyncFolderPicker,
  type SyncService,
  type SyncServiceOptions,
} from './sync/sync-service.ts';

export const DATABASE_FILE = 'nuzzle.sqlite3';

export interface CoreOptions {
  /** The app's user-data directory; the database lives here. */
  dataDir: string;
  clock: Clock;
  /** Origins besides the app's own whose pages may call (the e2e harness's preview server). */
  trustedOrigins?: readonly string[];
  version?: string;
  platform?: string;
  nativeBinding?: string;
  onInternalError?: (channel: string, error: unknown) => void;
  /** Save and open dialogs for export and import (the shell's; the harness's in tests). */
  files?: FilePicker;
  /** Shows a native notification (generic words only); absent in tests. */
  notify?: (kind: NotificationKind) => void;
  /** How the daily reminder arms its timer (tests pass a controllable one). */
  reminders?: Omit<ReminderServiceOptions, 'notify'>;
  /** The open-folder dialog partner sync uses (the shell's; the harness's in tests). */
  syncFolders?: SyncFolderPicker;
  /** How sync watches its folder: the shell passes { pollMs: 60_000, watch: true }. */
  sync?: Pick<SyncServiceOptions, 'pollMs' | 'watch' | 'kdfLogN'>;
  /**
   * When a start skipped the file's quick_check (a clean last close), how long after start
   * to run it, once the app is idle. Default 30 s; null leaves it to `checkIntegrity()`.
   */
  deferredCheckMs?: number | null;
  /** The OS secret store that wraps the database key (the shell's); null or absent: none. */
  keyring?: KeyringProtector | null;
  /** The database key, when a sealed start was unlocked with the passcode (lock/sealed-start.ts). */
  key?: Buffer;
  /** That sealed start was unlocked with the recovery key (a new passcode is then wanted). */
  recovered?: boolean;
  /** scrypt cost for the passcode (log2 N); tests pass less than OWASP's minimum of 17. */
  passcodeLogN?: number;
  /** scrypt cost for encrypted exports (log2 N), and the least an import accepts; tests lower it. */
  exportLogN?: number;
}

const KEYCHAIN_UNREACHABLE =
  'Nuzzle couldn’t reach your computer’s keychain, where the key to your data is kept. If the keychain is locked or hasn’t started yet, open Nuzzle again once it has. Your data has not been changed.';

/** A passcode (or the recovery key) is needed before the data can be opened at all. */
export class PasscodeNeeded extends Error {}

export function keyStoreFor(options: Pick<CoreOptions, 'dataDir' | 'keyring' | 'passcodeLogN'>) {
  return createKeyStore({
    file: join(options.dataDir, KEY_FILE),
    keyring: options.keyring ?? null,
    ...(options.passcodeLogN ? { passcodeLogN: options.passcodeLogN } : {}),
  });
}

function databaseKey(options: CoreOptions, keys: KeyStore): Buffer {
  if (options.key) return options.key;
  if (keys.exists()) {
    const key = keys.keyAtStart();
    if (key) return key;
    if (keys.hasPasscode()) throw new PasscodeNeeded('passcode needed');
    // Only the OS keychain holds the key, and it can't be reached now (locked, not running
    // yet, or another desktop's). Nothing is touched: a later start may well reach it.
    throw new AppError('storage', KEYCHAIN_UNREACHABLE);
  }
  // No key file: a new install, or a plain database from before encryption (upgraded next).
  // An unreadable file without a key is treated like a damaged one: moved aside, never deleted.
  const file = join(options.dataDir, DATABASE_FILE);
  // A folder Nuzzle can't write keeps its plain file as is; it opens from an encrypted private
  // copy under a key that is never needed again (read-only-open.ts).
  if (!canWrite(options.dataDir, file)) return randomBytes(KEY_BYTES);
  return keys.createKey();
}

export type CoreListener = <E extends EventName>(event: E, payload: EventMap[E]) => void;

export interface Core {
  dispatch: Dispatch;
  subscribe(listener: CoreListener): () => void;
  context: CoreContext;
  reminders: ReminderService;
  data: DataService;
  sync: SyncService;
  databaseFile: string;
  /** Answers every channel, including those that work off the main thread (the IPC bridge). */
  dispatchAsync: DispatchAsync;
  lock: LockService;
  /** The key the database and its backups are encrypted with (for tools that read them). */
  databaseKey: Buffer;
  /** The last run ended without a clean close (crash, kill, power cut). */
  uncleanShutdown: boolean;
  /** The store is open read-only (the data folder can't be written). */
  readOnly: boolean;
  /** Runs the quick_check that start-up deferred (if it still is); false when damaged. */
  checkIntegrity(): boolean;
  /**
   * Runs now the work recent changes set off (re-plan, ship soon, running marker), which
   * otherwise waits for the next turn of the event loop: benches time a save with it.
   */
  settle(): void;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const keys = keyStoreFor(options);
  const key = databaseKey(options, keys);
  const store = openStore({
    dataDir: options.dataDir,
    file: databaseFile,
    key,
    now: options.clock.now(),
    timeZone: options.clock.timeZone(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const { db } = store;
  const listeners = new Set<CoreListener>();
  const queue: (() => void)[] = [];
  let emitting = false;

  let isLocked = () => false; // the lock service below takes over
  const settings = createSettingsStore(db);
  const checkins = createCheckinStore(db);
  const pauses = createPauseStore(db);
  const days = createPartnerDays(db, options.clock, settings);
  const context: CoreContext = {
    db,
    clock: options.clock,
    version: options.version ?? '0.0.0',
    platform: options.platform ?? process.platform,
    settings,
    checkins,
    pauses,
    days,
    record: createRecordReader({ db, settings, checkins, pauses, days }),
    // While locked, a notification may not even say what is waiting (the lock's promise).
    notify: (kind) => {
      if (!isLocked()) options.notify?.(kind);
      else if (kind !== 'note-arrived') options.notify?.('reminder');
    },
    // Events raised while listeners run (the reminder reacting to a check-in) are queued, so
    // every listener sees events in the order they happened.
    emit(event, payload) {
      queue.push(() => {
        for (const listener of listeners) listener(event, payload);
      });
      if (emitting) return;
      emitting = true;
      try {
        for (let next = queue.shift(); next; next = queue.shift()) next();
      } finally {
        emitting = false;
      }
    },
  };
  if (!store.readOnly) context.settings.ensurePartners(options.clock.now());
  const reportError = (what: string) => (error: unknown) => options.onInternalError?.(what, error);
  const data = createDataService(context, {
    dataDir: options.dataDir,
    key,
    notice: store.notice,
    readOnly: store.readOnly,
    onBackupError: reportError('backup'),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.files ? { files: options.files } : {}),
    ...(options.exportLogN ? { exportLogN: options.exportLogN } : {}),
  });

  const reminders = createReminderService(context, {
    ...options.reminders,
    notify: () => context.notify(questionWaiting(context) ? 'reminder-question' : 'reminder'),
  });
  const sync = createSyncService(context, {
    ...options.sync,
    ...(options.syncFolders ? { folders: options.syncFolders } : {}),
    onError: reportError('sync'),
  });
  // Started by a passcode typed at a sealed start: it was just unlocked.
  const lock = createLockService(context, {
    keys,
    key,
    startLocked: !options.key,
    recovered: options.recovered ?? false,
  });
  isLocked = lock.isLocked;
  const handlers: Handlers = {
    ...lockHandlers(lock),
    ...settingsHandlers(context),
    ...checkinHandlers(context, reminders),
    ...reminderHandlers(context, reminders),
    ...dataHandlers(data),
    ...noteHandlers(context),
    ...commitmentHandlers(context),
    ...guideHandlers(context),
    ...syncHandlers(sync),
    ...questionHandlers(context),
  };
  reminders.rearm();
  if (!store.readOnly) sync.start();
  const afterChanges = createAfterChanges({
    // Anything the reminder plan reads has changed: re-plan (never on its own 'reminders' news).
    replan: () => reminders.rearm(),
    // Local changes ship to the partner's computer shortly after they happen.
    ship: () => sync.soon(),
    // The marker beside the database learns of every committed change (see shutdown-marker.ts).
    mark: () => store.noteChange(),
    onError: reportError('after-change'),
  });
  listeners.add((event, payload) => {
    if (event !== 'changed') return;
    afterChanges.note('topics' in payload && payload.topics.some((t) => t !== 'reminders'));
  });
  const checkIntegrity = (): boolean => {
    if (!store.checkPending) return true;
    const ok = store.checkNow();
    if (!ok) data.reportDamage();
    return ok;
  };
  const deferredMs = options.deferredCheckMs === undefined ? 30_000 : options.deferredCheckMs;
  const deferredCheck =
    store.checkPending && deferredMs !== null
      ? setTimeout(() => {
          try {
            checkIntegrity();
          } catch (error) {
            options.onInternalError?.('integrity-check', error);
          }
        }, deferredMs)
      : null;
  deferredCheck?.unref();

  const { dispatch, dispatchAsync } = createDispatchers({
    handlers,
    trustedOrigins: [APP_ORIGIN, ...(options.trustedOrigins ?? [])],
    onInternalError: options.onInternalError,
    isLocked: lock.isLocked,
    // The status says only whether it is locked: nothing personal.
    openWhileLocked: ['lock:unlock', 'lock:status'],
    ...(store.readOnly ? { storageMessage: savesRefusedReadOnly } : {}),
  });
  return {
    dispatch,
    dispatchAsync,
    lock,
    databaseKey: key,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    context,
    reminders,
    data,
    sync,
    databaseFile,
    uncleanShutdown: store.uncleanShutdown,
    readOnly: store.readOnly,
    checkIntegrity,
    settle: () => afterChanges.flush(),
    close() {
      if (deferredCheck) clearTimeout(deferredCheck);
      afterChanges.cancel();
      reminders.stop();
      sync.stop();
      listeners.clear();
      store.close();
    },
  };
}
