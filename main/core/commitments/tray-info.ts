// What the tray shows for commitments: "Commitments today: 1 of 2 marked", for me (the partner
// whose computer this is). Null when I have nothing due today, so the tray leaves it out.

import { rulesOf, todayTally } from '../../../shared/commitments.ts';
import type { CoreContext } from '../context.ts';
import { commitmentStoreFor } from './commitment-store.ts';

export interface CommitmentTrayInfo {
  /** My commitments due today (not paused, not retired, on today's schedule). */
  due: number;
  /** How many of those I've marked today (kept, not kept or didn't come up). */
  marked: number;
  /** Whose they are: me. */
  partnerId: string;
}

export function commitmentTrayInfo(ctx: CoreContext): CommitmentTrayInfo | null {
  if (!ctx.settings.get().onboarded) return null;
  const me = ctx.settings.me();
  const today = ctx.days.myDay();
  const store = commitmentStoreFor(ctx.db);
  const marked = new Set(store.marksOn(today).map((m) => m.commitmentId));
  const tally = todayTally(
    store
      .all()
      .filter((c) => c.authorId === me.id && c.retiredOn === null)
      .map((c) => ({
        rules: rulesOf(c),
        marks: marked.has(c.id) ? [{ date: today, value: 'kept' as const }] : [],
      })),
    today,
  );
  return tally.due === 0 ? null : { due: tally.due, marked: tally.marked, partnerId: me.id };
}
