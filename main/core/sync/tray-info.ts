// What the tray says about partner sync: one short line, or nothing when sync is off.

import type { SyncStatus } from '../../../shared/contract-sync.ts';
import type { CoreContext } from '../context.ts';
import { storedSyncStatus } from './state.ts';

/** "just now", "5 min ago", "3 h ago", "yesterday", "12 days ago". */
export function agoText(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${String(minutes)} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${String(hours)} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${String(days)} days ago`;
}

export function syncTrayLine(status: SyncStatus, now: number): string | null {
  if (status.state === 'off') return null;
  const whose = status.partnerName ? `${status.partnerName}’s computer` : 'your partner’s computer';
  if (status.problem) return 'Partner sync needs a look — open Settings';
  if (status.state === 'waiting' || status.state === 'joining') {
    return `Waiting for ${whose} to connect`;
  }
  if (status.state === 'confirm') return 'Partner sync: compare the words in Settings';
  if (status.state === 'ended' || status.notice) return 'Partner sync has news — open Settings';
  if (status.lastHeardAt === null) return `Not heard from ${whose} yet`;
  return `Last heard from ${whose}: ${agoText(now - status.lastHeardAt)}`;
}

/** The tray's sync line, read from the database (null when sync is off). */
export function syncTrayInfo(ctx: Pick<CoreContext, 'settings' | 'clock'>): string | null {
  // The tray can be seen by anyone nearby: never the partner's name there.
  return syncTrayLine({ ...storedSyncStatus(ctx), partnerName: '' }, ctx.clock.now());
}
