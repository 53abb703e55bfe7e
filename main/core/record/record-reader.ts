// Reads the record for "now": each partner's own day, the viewer's day (the person who owns
// this computer), the check-in marks and the pauses, summarised by shared/record.ts.
//
// Only the windows a screen shows are read (the year calendar's 53 weeks hold the 7/30/90-day
// windows and the 52 weeks of "settled"); everything before them arrives already folded from
// the ledger (record-ledger.ts). So a read costs the same at any age. The read is kept until a
// watched table changes or a day moves, whoever wrote (sync, import, restore, delete-all).

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { dateOf, requireDay } from '../../../shared/day-number.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import {
  calendarStart,
  settledByWeek,
  summarizeRecord,
  yearCalendar,
  type RecordFold,
  type RecordInput,
  type RecordSummary,
  type SettledWeek,
  type YearCalendar,
} from '../../../shared/record.ts';
import type { CheckinStore } from '../stores/checkin-store.ts';
import type { PauseStore } from '../stores/pause-store.ts';
import type { SettingsStore } from '../stores/settings-store.ts';
import { watchTables } from '../stores/table-watch.ts';
import type { PartnerDays } from './partner-days.ts';
import { createRecordLedger } from './record-ledger.ts';

/** Weeks of "settled" shown in History: a year, because months are the honest timescale. */
export const SETTLED_WEEKS = 52;

const LAST_DAY = '9999-12-31';

export interface RecordHistory {
  today: LocalDate;
  record: RecordSummary;
  calendar: YearCalendar;
  settled: SettledWeek[];
}

interface RecordRead {
  key: string | null;
  /** The check-ins and pauses from the day after `carried` on. */
  input: RecordInput;
  carried: RecordFold;
  summary?: RecordSummary;
}

export function createRecordReader(stores: {
  db: Database;
  settings: SettingsStore;
  checkins: CheckinStore;
  pauses: PauseStore;
  days: PartnerDays;
}) {
  const { db, settings, checkins, pauses, days } = stores;
  const ledger = createRecordLedger(db, checkins, pauses);
  const watch = watchTables(db, ['checkins', 'pauses', 'partners']);
  let last: RecordRead | null = null;

  function read(): RecordRead {
    const all = days.all();
    const meId = settings.me().id;
    const [first, second] = all;
    const today = all.find((d) => d.partnerId === meId)?.today ?? first?.today;
    if (!first || !second || today === undefined) throw new Error('partners missing');
    const partnerIds = [first.partnerId, second.partnerId] as const;
    const stamp = watch.stamp();
    const key =
      stamp === null ? null : [stamp, ...partnerIds, today, first.today, second.today].join('|');
    if (key !== null && last?.key === key) return last;

    // Everything before the year calendar (and before any day still running) is folded.
    const openFrom = Math.min(
      requireDay(today, 'today'),
      requireDay(first.today, 'a partner’s day'),
      requireDay(second.today, 'a partner’s day'),
    );
    const through = Math.min(requireDay(calendarStart(today), 'today'), openFrom) - 1;
    const carried = ledger.foldThrough(partnerIds, through);
    const from = dateOf(through + 1);
    const made: RecordRead = {
      key,
      carried,
      input: {
        partnerIds,
        checkins: checkins.marks(from, LAST_DAY),
        pauses: pauses.overlapping(from, LAST_DAY),
        today,
        partnerDays: [first.today, second.today],
      },
    };
    // A read made inside an open transaction may yet be rolled back: never kept.
    last = key === null ? null : made;
    return made;
  }

  function summaryOf(r: RecordRead): RecordSummary {
    r.summary ??= summarizeRecord(r.input, r.carried);
    return r.summary;
  }

  return {
    summary(): RecordSummary {
      return summaryOf(read());
    },
    history(): RecordHistory {
      const r = read();
      return {
        today: r.input.today,
        record: summaryOf(r),
        calendar: yearCalendar(r.input),
        settled: settledByWeek(r.input, SETTLED_WEEKS),
      };
    },
  };
}

export type RecordReader = ReturnType<typeof createRecordReader>;
