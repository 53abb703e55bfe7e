// The tray's one line about today's question: whether the people on this computer have
// answered. No names, no question, no words (the tray can be seen by others).

import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { questionStoreFor } from './question-store.ts';

export function questionTrayLine(ctx: CoreContext): string | null {
  const settings = ctx.settings.get();
  if (!settings.onboarded) return null;
  const day = questionStoreFor(ctx.db).day(settings.partners, todayOf(ctx.clock));
  if (day.phase === 'revealed') return 'Today’s question: you’ve both answered';
  const here = settings.partners.filter((p) => p.onThisComputer).map((p) => p.id);
  const answeredHere = day.answers.filter((a) => here.includes(a.partnerId) && a.answered);
  if (answeredHere.length === 0) return 'Today’s question is waiting';
  if (answeredHere.length < here.length) return 'Today’s question: one of you has answered';
  if (day.phase === 'unsealing') return 'Today’s question: both answered · opening soon';
  return 'Today’s question: answered · waiting for your partner';
}

/** Someone on this computer hasn't answered today's question yet. */
export function questionWaiting(ctx: CoreContext): boolean {
  const line = questionTrayLine(ctx);
  return (
    line === 'Today’s question is waiting' || line === 'Today’s question: one of you has answered'
  );
}
