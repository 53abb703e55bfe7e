// The record folded up to a day over for both partners, kept in `record_ledger` (migration 12)
// so a read folds only the days after it: the same work after forty years as after one.
//
// The row is a cache of the check-ins and pauses, never a source: triggers in the file drop it
// whenever a row it summarises changes (whoever writes), and it is then rebuilt here from the
// rows. Moving it forward (once a week, as the windows move) folds just the days in between.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { dateOf, dayNumber } from '../../../shared/day-number.ts';
import { EMPTY_FOLD, foldDays, indexRecord, type RecordFold } from '../../../shared/record.ts';
import type { CheckinStore } from '../stores/checkin-store.ts';
import type { PauseStore } from '../stores/pause-store.ts';

interface LedgerRow {
  partner_a: string;
  partner_b: string;
  through_date: string;
  first_date: string | null;
  run: number;
  longest_run: number;
  total_kept: number;
  score: number;
}

export function createRecordLedger(db: Database, checkins: CheckinStore, pauses: PauseStore) {
  const read = db.prepare<[], LedgerRow>(
    `SELECT partner_a, partner_b, through_date, first_date, run, longest_run, total_kept, score
     FROM record_ledger WHERE id = 1`,
  );
  const write = db.prepare(
    `INSERT INTO record_ledger (id, partner_a, partner_b, through_date, first_date, run,
       longest_run, total_kept, score)
     VALUES (1, @a, @b, @through, @first, @run, @longestRun, @totalKept, @score)
     ON CONFLICT (id) DO UPDATE SET partner_a = excluded.partner_a,
       partner_b = excluded.partner_b, through_date = excluded.through_date,
       first_date = excluded.first_date, run = excluded.run,
       longest_run = excluded.longest_run, total_kept = excluded.total_kept,
       score = excluded.score`,
  );

  /** The kept fold, if it is for these two partners (in this order) and readable. */
  function stored([a, b]: readonly [string, string]): RecordFold {
    const row = read.get();
    if (!row || row.partner_a !== a || row.partner_b !== b) return EMPTY_FOLD;
    const through = dayNumber(row.through_date);
    const firstDay = row.first_date === null ? null : dayNumber(row.first_date);
    if (Number.isNaN(through) || Number.isNaN(firstDay)) return EMPTY_FOLD;
    return {
      through,
      firstDay,
      run: row.run,
      longestRun: row.longest_run,
      totalKept: row.total_kept,
      score: row.score,
    };
  }

  function keep([a, b]: readonly [string, string], fold: RecordFold): void {
    if (db.readonly) return;
    try {
      write.run({
        a,
        b,
        through: dateOf(fold.through),
        first: fold.firstDay === null ? null : dateOf(fold.firstDay),
        run: fold.run,
        longestRun: fold.longestRun,
        totalKept: fold.totalKept,
        score: fold.score,
      });
    } catch {
      // Only a cache: a full or locked disk costs the next read a longer fold, nothing more.
    }
  }

  return {
    /** The record folded through day `through`, which must be over for both partners. */
    foldThrough(partnerIds: readonly [string, string], through: number): RecordFold {
      let fold = stored(partnerIds);
      if (fold.through === through) return fold;
      if (fold.through > through) fold = EMPTY_FOLD; // the clock went back: start over
      const from = fold.through === -Infinity ? '' : dateOf(fold.through + 1);
      const to = dateOf(through);
      const index = indexRecord({
        partnerIds,
        checkins: checkins.marks(from, to),
        pauses: pauses.overlapping(from, to),
      });
      fold = foldDays(fold, index, through, through + 1);
      keep(partnerIds, fold);
      return fold;
    },
  };
}

export type RecordLedger = ReturnType<typeof createRecordLedger>;
