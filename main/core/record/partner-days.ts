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
import { dayEndInstant, dayOf, zoneForDay } from '../../../shared/partner-day.ts';
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

  // Every check, save, re-plan and tray read asks for the partners' days. They stay the same
  // until the first of them ends, so they are computed once per day (per zone, partners and
  // settings), not once per instant. Two cases are only kept for the instant they were
  // computed at: a move east waiting for the old day to end (the zone may switch at the other
  // zone's boundary), and a partner whose zone is read from their latest check-in (a table
  // this doesn't watch).
  const watch = watchTables(db, ['partners', 'settings']);
  let last: {
    zone: string;
    stamp: number;
    from: number;
    until: number;
    days: PartnerDay[];
  } | null = null;

  function all(): PartnerDay[] {
    const now = clock.now();
    const zone = clock.timeZone();
    const stamp = watch.stamp();
    if (
      stamp !== null &&
      last?.stamp === stamp &&
      last.zone === zone &&
      now >= last.from &&
      now < last.until
    ) {
      return last.days;
    }
    const { days, steady } = compute(now);
    // Computing may have noted a zone (a write): key the result by the stamp after it.
    const after = watch.stamp();
    const until = steady
      ? Math.min(...days.map((d) => dayEndInstant(d.today, d.timeZone, d.dayEndsAt)))
      : now + 1;
    last = after === null ? null : { zone, stamp: after, from: now, until, days };
    return days;
  }

  function compute(now: number): { days: PartnerDay[]; steady: boolean } {
    const stored = new Map(rows.all().map((r) => [r.id, r]));
    let steady = true;
    const days = settings.partners().map((partner) => {
      const row = stored.get(partner.id);
      const dayEndsAt = row?.day_ends_at ?? 0;
      let timeZone: string;
      if (partner.onThisComputer) {
        const here = clock.timeZone();
        timeZone = row?.time_zone ? zoneForDay(row.time_zone, here, now, dayEndsAt) : here;
        if (timeZone !== here) steady = false;
        // Rarely true (a move or a first start); a read-only file just counts it in memory.
        // The first zone is only noted here: each check-in carries it to the partner anyway,
        // and a new Nuzzle stays empty (so it can still take on an export's two people).
        if (row && timeZone !== row.time_zone && !db.readonly) {
          if (row.time_zone === null) firstZone.run(timeZone, partner.id);
          else publish(partner.id, timeZone, dayEndsAt, now);
        }
      } else if (row?.time_zone) {
        timeZone = row.time_zone;
      } else {
        steady = false;
        timeZone = latestZone.get(partner.id)?.[0] ?? clock.timeZone();
      }
      return {
        partnerId: partner.id,
        onThisComputer: partner.onThisComputer,
        timeZone,
        dayEndsAt,
        today: dayOf(now, timeZone, dayEndsAt),
      };
    });
    return { days, steady };
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
