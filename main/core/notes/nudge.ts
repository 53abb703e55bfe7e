// When a gentle "write a note?" is due for someone on this computer: nudges on, a quiet
// stretch of at least the chosen number of days since their last note (never for someone who
// hasn't written one yet), and not already set aside with "not today".

import type { Partner } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { daysSinceLastNoteWritten, shouldNudge, type NoteNudge } from '../../../shared/notes.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import type { NoteStore } from './note-store.ts';
import { readDismissed, readNoteSettings } from './note-settings.ts';

export function nudgeDueFor(
  ctx: CoreContext,
  store: NoteStore,
  partnerId: string,
  today: LocalDate = todayOf(ctx.clock),
): boolean {
  const settings = readNoteSettings(ctx);
  if (!settings.nudgeEnabled) return false;
  if (readDismissed(ctx)[partnerId] === today) return false;
  const days = daysSinceLastNoteWritten(store.latestWritten(partnerId), partnerId, today);
  return shouldNudge(days, { enabled: true, afterDays: settings.nudgeAfterDays });
}

/** Nudges for everyone who writes notes on this computer (none before onboarding). */
export function nudgesHere(ctx: CoreContext, store: NoteStore): NoteNudge[] {
  const settings = ctx.settings.get();
  if (!settings.onboarded) return [];
  const today = todayOf(ctx.clock);
  const nudges: NoteNudge[] = [];
  for (const partner of settings.partners) {
    if (!partner.onThisComputer) continue;
    const recipient = otherPartner(settings.partners, partner);
    if (recipient && nudgeDueFor(ctx, store, partner.id, today)) {
      nudges.push({ partner, recipient });
    }
  }
  return nudges;
}

/** The one other partner: who `partner` writes to. */
export function otherPartner(partners: readonly Partner[], partner: Partner): Partner | undefined {
  return partners.find((p) => p.id !== partner.id);
}
