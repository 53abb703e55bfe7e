// Each partner's own day, as the record, check-ins, commitment marks, reminders and the tray
// count it: the zone their day is counted in and the hour it ends.
//
// For a partner on this computer the zone is the computer's, carried forward by
// `zoneForDay` (a move east waits for the old day to end). For the partner on the other
// computer it is their last known zone: sent by sync ('partner-day' changes), else the zone
// of their latest check-in. A change of zone or day end is a shared change (the outbox), so
// both computers count the same days.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { LocalDate } from '../../../shared/local-day.ts';
import { dayOf, zoneForDay } from '../../../shared/partner-day.ts';
import type { Clock } from '../clock.ts';
import { recordChange } from '../stores/outbox.ts';
import type { SettingsStore } from '../stores/settings-store.ts';
import { watchTables } from '../stores/table-watch.ts';

export interface PartnerDay {
  partnerId: string;
  onThisComputer: boolean;
  /** The zone this partner's day is counted in. */
  timeZone: string;
  dayEndsAt: number;
  /** This partner's day right now. */
  today: LocalDate;
}

interface DayRow {
  id: string;
  time_zone: string | null;
  day_ends_at: number;
}

export function createPartnerDays(db: Database, clock: Clock, settings: SettingsStore) {
  const rows = db.prepare<[], DayRow>('SELECT id, time_zone, day_ends_at FROM partners');
  const latestZone = db
    .prepare<[string], [string]>(
      'SELECT time_zone FROM checkins WHERE author_id = ? ORDER BY checked_in_at DESC LIMIT 1',
    )
    .raw(true);
  const write = db.prepare(
    'UPDATE partners SET time_zone = ?, day_ends_at = ?, updated_at = ? WHERE id = ?',
  );
  const firstZone = db.prepare('UPDATE partners SET time_zone = ? WHERE id = ?');

  function publish(partnerId: string, timeZone: string, dayEndsAt: number, now: number): void {
    db.transaction(() => {
      write.run(timeZone, dayEndsAt, now, partnerId);
      recordChange(db, {
        entity: 'partner-day',
        entityId: partnerId,
        op: 'upsert',
        authorId: partnerId,
        payload: { partnerId, timeZone, dayEndsAt },
        now,
      });
    })();
  }

  // One user action asks for the partners' days several times at the same instant (the
  // check, the reminder's re-plan, the answer): computed once per instant, zone and partners
  // (and settings, which say who uses this computer).
  const watch = watchTables(db, ['partners', 'settings']);
  let last: { key: string; days: PartnerDay[] } | null = null;

  function all(): PartnerDay[] {
    const stamp = watch.stamp();
    const key = `${String(clock.now())}|${clock.timeZone()}|${String(stamp)}`;
    if (stamp !== null && last?.key === key) return last.days;
    const days = compute();
    // Computing may have noted a zone (a write): key the result by the stamp after it.
    const after = watch.stamp();
    last =
      after === null
        ? null
        : { key: `${String(clock.now())}|${clock.timeZone()}|${String(after)}`, days };
    return days;
  }

  function compute(): PartnerDay[] {
    const now = clock.now();
    const stored = new Map(rows.all().map((r) => [r.id, r]));
    return settings.partners().map((partner) => {
      const row = stored.get(partner.id);
      const dayEndsAt = row?.day_ends_at ?? 0;
      let timeZone: string;
      if (partner.onThisComputer) {
        const here = clock.timeZone();
        timeZone = row?.time_zone ? zoneForDay(row.time_zone, here, now, dayEndsAt) : here;
        // Rarely true (a move or a first start); a read-only file just counts it in memory.
        // The first zone is only noted here: each check-in carries it to the partner anyway,
        // and a new Nuzzle stays empty (so it can still take on an export's two people).
        if (row && timeZone !== row.time_zone && !db.readonly) {
          if (row.time_zone === null) firstZone.run(timeZone, partner.id);
          else publish(partner.id, timeZone, dayEndsAt, now);
        }
      } else {
        timeZone = row?.time_zone ?? latestZone.get(partner.id)?.[0] ?? clock.timeZone();
      }
      return {
        partnerId: partner.id,
        onThisComputer: partner.onThisComputer,
        timeZone,
        dayEndsAt,
        today: dayOf(now, timeZone, dayEndsAt),
      };
    });
  }

  function of(partnerId: string): PartnerDay {
    const found = all().find((d) => d.partnerId === partnerId);
    if (!found) throw new Error('unknown partner');
    return found;
  }

  return {
    all,
    of,
    /** The day of the person who owns this computer: windows, calendars and marks use it. */
    myDay(): LocalDate {
      return of(settings.me().id).today;
    },
    /** "My day ends at", for a partner on this computer. */
    setDayEnd(partnerId: string, dayEndsAt: number, now: number): void {
      const current = of(partnerId);
      if (current.dayEndsAt === dayEndsAt) return;
      publish(partnerId, current.timeZone, dayEndsAt, now);
    },
  };
}

export type PartnerDays = ReturnType<typeof createPartnerDays>;
