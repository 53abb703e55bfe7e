// IPC channels for partner sync: connect two computers through a folder both already keep in
// sync, show the pairing code and confirmation phrase, report when the partner's computer was
// last heard from, and disconnect. Merged into `contract` in ./contract.ts.

import { z } from 'zod';
import { channel, none } from './contract-kit.ts';

export interface SyncStatus {
  /** off: not connected; waiting: code shown, partner not heard yet; paired: connected. */
  state: 'off' | 'waiting' | 'paired';
  /** The shared folder this computer writes to. */
  folder: string | null;
  /** The pairing code, shown only while waiting for the partner to enter it. */
  code: string | null;
  /** Words both screens show once connected; they match when both hold the same key. */
  phrase: string | null;
  partnerName: string;
  /** When the partner's computer was last heard from (ms since the epoch), or null. */
  lastHeardAt: number | null;
  /** A plain sentence when something needs attention, else null. */
  problem: string | null;
}

const code = z
  .string({ error: 'Type the code shown on your partner’s computer.' })
  .trim()
  .min(1, { error: 'Type the code shown on your partner’s computer.' })
  .max(60, { error: 'That code is longer than Nuzzle’s codes — check it and try again.' });

export const syncChannels = {
  'sync:status': channel<SyncStatus>()(none),
  'sync:invite': channel<SyncStatus>()(none),
  'sync:join': channel<SyncStatus>()(z.strictObject({ code })),
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
