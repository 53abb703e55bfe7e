// IPC channels for partner sync: connect two computers through a folder both already keep in
// sync, compare the confirmation words, report when the partner's computer was last heard
// from, replace the partner's old computer, and disconnect. Merged into `contract` in
// ./contract.ts.

import { z } from 'zod';
import { channel, none } from './contract-kit.ts';

export interface SyncStatus {
  /**
   * off: not connected · joining: stretching the code, reading the invitation · waiting: code
   * shown, no computer has answered yet · confirm: compare the words, then say whether they
   * match · paired: connected · ended: the partner disconnected, or replaced this computer.
   */
  state: 'off' | 'joining' | 'waiting' | 'confirm' | 'paired' | 'ended';
  /** The shared folder this computer writes to. */
  folder: string | null;
  /** The pairing code, shown only while waiting for the partner to enter it. */
  code: string | null;
  /** Words both screens show; they match only when both computers hold the same key. */
  phrase: string | null;
  partnerName: string;
  /** The partner's own time zone, as their computer reports it, once heard. */
  partnerZone: string | null;
  /** When the partner's computer was last heard from (ms since the epoch), or null. */
  lastHeardAt: number | null;
  /** A plain sentence when something needs attention, else null. */
  problem: string | null;
  /** Something worth knowing once (another computer tried; the partner disconnected). */
  notice: string | null;
  /** While connecting a new computer in place of the partner's old one. */
  replacement: { code: string | null; phrase: string | null } | null;
}

const code = z
  .string({ error: 'Type the code shown on your partner’s computer.' })
  .trim()
  .min(1, { error: 'Type the code shown on your partner’s computer.' })
  .max(60, { error: 'That code is longer than Nuzzle’s codes — check it and try again.' });

const match = z.strictObject({
  match: z.boolean({ error: 'Say whether the words match.' }),
});

export const syncChannels = {
  'sync:status': channel<SyncStatus>()(none),
  'sync:invite': channel<SyncStatus>()(none),
  'sync:join': channel<SyncStatus>()(z.strictObject({ code })),
  'sync:confirm': channel<SyncStatus>()(match),
  'sync:replace': channel<SyncStatus>()(none),
  'sync:confirm-replacement': channel<SyncStatus>()(match),
  'sync:cancel-replacement': channel<SyncStatus>()(none),
  'sync:dismiss-notice': channel<SyncStatus>()(none),
  'sync:now': channel<SyncStatus>()(none),
  'sync:unpair': channel<SyncStatus>()(
    z.strictObject({
      removeFiles: z.boolean({ error: 'Choose whether to remove this computer’s files.' }),
    }),
  ),
} as const;

export type SyncChannel = keyof typeof syncChannels;
export type SyncRequestOf<C extends SyncChannel> = z.output<(typeof syncChannels)[C]['request']>;
export type SyncResultOf<C extends SyncChannel> = NonNullable<(typeof syncChannels)[C]['result']>;
