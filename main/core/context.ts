// What every handler gets: the stores, the clock, and a way to tell screens what changed.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { EventMap, EventName } from '../../shared/contract.ts';
import type { Clock } from './clock.ts';
import type { NotificationKind } from './notification-text.ts';
import type { CheckinStore } from './stores/checkin-store.ts';
import type { PartnerDays } from './record/partner-days.ts';
import type { RecordReader } from './record/record-reader.ts';
import type { PauseStore } from './stores/pause-store.ts';
import type { SettingsStore } from './stores/settings-store.ts';

export interface CoreContext {
  db: Database;
  clock: Clock;
  version: string;
  platform: string;
  settings: SettingsStore;
  checkins: CheckinStore;
  pauses: PauseStore;
  /** Each partner's own day (zone and day end): check-ins, marks, reminders and the record. */
  days: PartnerDays;
  /** The record as of now, for Today, History and the tray. */
  record: RecordReader;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  /** Shows a native notification in the app (generic words; see notification-text.ts). */
  notify(kind: NotificationKind): void;
}
