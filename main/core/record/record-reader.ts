// Reads the record for "now": each partner's own day, the viewer's day (the person who owns
// this computer), the check-in marks and the pauses, summarised by shared/record.ts.

import type { LocalDate } from '../../../shared/local-day.ts';
import {
  settledByWeek,
  summarizeRecord,
  yearCalendar,
  type RecordInput,
  type RecordSummary,
  type SettledWeek,
  type YearCalendar,
} from '../../../shared/record.ts';
import type { CheckinStore } from '../stores/checkin-store.ts';
import type { PauseStore } from '../stores/pause-store.ts';
import type { SettingsStore } from '../stores/settings-store.ts';
import type { PartnerDays } from './partner-days.ts';

/** Weeks of "settled" shown in History: a year, because months are the honest timescale. */
export const SETTLED_WEEKS = 52;

export interface RecordHistory {
  today: LocalDate;
  record: RecordSummary;
  calendar: YearCalendar;
  settled: SettledWeek[];
}

export function createRecordReader(stores: {
  settings: SettingsStore;
  checkins: CheckinStore;
  pauses: PauseStore;
  days: PartnerDays;
}) {
  const { settings, checkins, pauses, days } = stores;

  function input(): RecordInput {
    const all = days.all();
    const meId = settings.me().id;
    const [first, second] = all;
    const today = all.find((d) => d.partnerId === meId)?.today ?? first?.today;
    if (!first || !second || today === undefined) throw new Error('partners missing');
    return {
      partnerIds: [first.partnerId, second.partnerId],
      checkins: checkins.marks(),
      pauses: pauses.list(),
      today,
      partnerDays: [first.today, second.today],
    };
  }

  return {
    input,
    summary(): RecordSummary {
      return summarizeRecord(input());
    },
    history(): RecordHistory {
      const read = input();
      return {
        today: read.today,
        record: summarizeRecord(read),
        calendar: yearCalendar(read),
        settled: settledByWeek(read, SETTLED_WEEKS),
      };
    },
  };
}

export type RecordReader = ReturnType<typeof createRecordReader>;
