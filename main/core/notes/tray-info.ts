// What the tray needs to know about notes: whether to offer a gentle "write a note?" for me,
// and how many unread notes wait for the people on this computer. Counts only — never names
// or words (the tray can be seen by others).

import type { CoreContext } from '../context.ts';
import { noteStoreFor } from './note-store.ts';
import { nudgeDueFor } from './nudge.ts';

export function noteTrayInfo(ctx: CoreContext): { nudge: boolean; unread: number } {
  const settings = ctx.settings.get();
  if (!settings.onboarded) return { nudge: false, unread: 0 };
  const store = noteStoreFor(ctx.db);
  const me = ctx.settings.me();
  const unread = settings.partners
    .filter((p) => p.onThisComputer)
    .reduce((sum, p) => sum + store.inboxCounts(p.id).unread, 0);
  return { nudge: nudgeDueFor(ctx, store, me.id), unread };
}
