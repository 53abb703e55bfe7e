// Partners (shared records, so their edits go to the outbox) and this computer's own
// settings (key/value JSON, never synced).

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type {
  ComputerMode,
  Partner,
  PartnerRole,
  ReminderSettings,
  Settings,
} from '../../../shared/domain.ts';
import { uuidv7 } from '../ids.ts';
import { INITIAL_REMINDER_STATE, type ReminderState } from '../reminders/types.ts';
import { recordChange } from './outbox.ts';
import { watchTables } from './table-watch.ts';

/** Stored values are handed to every caller: frozen, so none can change another's copy. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

interface LocalSettings {
  onboarded: boolean;
  computerMode: ComputerMode;
  reminder: ReminderSettings;
  launchAtLogin: boolean;
  /** When the reminder last fired, snoozes, skips, pauses: survives sleep and restarts. */
  reminderState: ReminderState;
}

export const DEFAULT_LOCAL_SETTINGS: LocalSettings = {
  onboarded: false,
  computerMode: 'just-me',
  reminder: { enabled: true, time: '20:00', weekdays: [0, 1, 2, 3, 4, 5, 6] },
  launchAtLogin: false,
  reminderState: INITIAL_REMINDER_STATE,
};

interface PartnerRow {
  id: string;
  role: PartnerRole;
  name: string;
  day_ends_at: number | null;
}

export function createSettingsStore(db: Database) {
  const selectPartners = db.prepare<[], PartnerRow>(
    "SELECT * FROM partners ORDER BY CASE role WHEN 'me' THEN 0 ELSE 1 END",
  );
  const upsertSetting = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const insertPartner = db.prepare(
    `INSERT INTO partners (id, role, name, author_id, created_at, updated_at)
     VALUES (@id, @role, @name, @author, @now, @now)`,
  );
  const updatePartnerName = db.prepare(
    'UPDATE partners SET name = ?, author_id = ?, updated_at = ? WHERE id = ?',
  );

  const allSettings = db.prepare<[], { key: string; value: string }>(
    'SELECT key, value FROM settings',
  );
  // Read on every call from the tray, the reminder and each save: kept in memory, and read
  // again whenever the settings or partners tables may have changed, whoever changed them.
  const watch = watchTables(db, ['settings', 'partners']);
  let cached: { stamp: number; values: Map<string, unknown>; partners: PartnerRow[] } | null = null;

  function snapshot(): { values: Map<string, unknown>; partners: PartnerRow[] } {
    const stamp = watch.stamp();
    if (cached && cached.stamp === stamp) return cached;
    const values = new Map<string, unknown>();
    for (const row of allSettings.all()) values.set(row.key, deepFreeze(JSON.parse(row.value)));
    const read = { values, partners: selectPartners.all().map((p) => Object.freeze(p)) };
    // Inside a transaction the rows may yet be rolled back: use them, don't keep them.
    cached = stamp === null ? null : { stamp, ...read };
    return read;
  }

  function stored<T>(key: string, fallback: T): T {
    const values = snapshot().values;
    return values.has(key) ? (values.get(key) as T) : fallback;
  }

  function local(): LocalSettings {
    const read = <K extends keyof LocalSettings>(key: K): LocalSettings[K] =>
      stored(key, DEFAULT_LOCAL_SETTINGS[key]);
    return {
      onboarded: read('onboarded'),
      computerMode: read('computerMode'),
      reminder: read('reminder'),
      launchAtLogin: read('launchAtLogin'),
      reminderState: read('reminderState'),
    };
  }

  /** The two partner rows exist from the first start, so every record has an author id. */
  function ensurePartners(now: number): void {
    const roles = new Set(selectPartners.all().map((p) => p.role));
    const meId = selectPartners.all().find((p) => p.role === 'me')?.id ?? uuidv7(now);
    for (const role of ['me', 'partner'] as const) {
      if (roles.has(role)) continue;
      const id = role === 'me' ? meId : uuidv7(now);
      insertPartner.run({ id, role, name: '', author: meId, now });
    }
  }

  function partners(): Partner[] {
    const mode = stored('computerMode', DEFAULT_LOCAL_SETTINGS.computerMode);
    return snapshot().partners.map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      onThisComputer: p.role === 'me' || mode === 'both',
      // Before schema step 9 there is no column: every day ended at midnight.
      dayEndsAt: p.day_ends_at ?? 0,
    }));
  }

  function me(): Partner {
    const found = partners().find((p) => p.role === 'me');
    if (!found) throw new Error('partners missing');
    return found;
  }

  return {
    ensurePartners,
    partners,
    me,
    get(): Settings {
      const l = local();
      return {
        onboarded: l.onboarded,
        computerMode: l.computerMode,
        reminder: l.reminder,
        launchAtLogin: l.launchAtLogin,
        partners: partners(),
      };
    },
    /** A feature's own local setting (e.g. the note nudge), stored as JSON under `key`. */
    readLocal<T>(key: string, fallback: T): T {
      // Features may change what they read before writing it back: theirs is a copy.
      const value = stored(key, fallback);
      return typeof value === 'object' && value !== null ? structuredClone(value) : value;
    },
    writeLocal(key: string, value: unknown, now: number): void {
      upsertSetting.run(key, JSON.stringify(value), now);
    },
    reminderState(): ReminderState {
      return stored('reminderState', DEFAULT_LOCAL_SETTINGS.reminderState);
    },
    setLocal<K extends keyof LocalSettings>(key: K, value: LocalSettings[K], now: number): void {
      upsertSetting.run(key, JSON.stringify(value), now);
    },
    /** Renames a partner; a no-op when the name is unchanged (no outbox noise). */
    renamePartner(role: PartnerRole, name: string, now: number): void {
      const partner = partners().find((p) => p.role === role);
      if (!partner || partner.name === name) return;
      const author = me().id;
      updatePartnerName.run(name, author, now, partner.id);
      recordChange(db, {
        entity: 'partner',
        entityId: partner.id,
        op: 'upsert',
        authorId: author,
        payload: { id: partner.id, role, name },
        now,
      });
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
