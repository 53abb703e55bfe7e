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
}

export function createSettingsStore(db: Database) {
  const selectPartners = db.prepare<[], PartnerRow>(
    "SELECT id, role, name FROM partners ORDER BY CASE role WHEN 'me' THEN 0 ELSE 1 END",
  );
  const selectSetting = db.prepare<[string], { value: string }>(
    'SELECT value FROM settings WHERE key = ?',
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

  function local(): LocalSettings {
    const read = <K extends keyof LocalSettings>(key: K): LocalSettings[K] => {
      const row = selectSetting.get(key);
      return row ? (JSON.parse(row.value) as LocalSettings[K]) : DEFAULT_LOCAL_SETTINGS[key];
    };
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
    const mode = local().computerMode;
    return selectPartners.all().map((p) => ({
      id: p.id,
      role: p.role,
      name: p.name,
      onThisComputer: p.role === 'me' || mode === 'both',
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
      const row = selectSetting.get(key);
      return row ? (JSON.parse(row.value) as T) : fallback;
    },
    writeLocal(key: string, value: unknown, now: number): void {
      upsertSetting.run(key, JSON.stringify(value), now);
    },
    reminderState(): ReminderState {
      return local().reminderState;
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
