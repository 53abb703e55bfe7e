// IPC channels for keeping data safe: backups, restore, export, import, delete everything.
// Merged into `contract` in ./contract.ts.

import { z } from 'zod';
import { channel, none } from './contract-kit.ts';
import type { DataStatus } from './domain.ts';
import { EXPORT_PASSPHRASE_MAX, EXPORT_PASSPHRASE_MIN } from './limits.ts';

/** What the person types to confirm "Delete all my data". */
export const DELETE_CONFIRMATION = 'delete my data';

export interface ImportResult {
  cancelled: boolean;
  /**
   * The chosen file is an encrypted export: nothing was imported yet. Nuzzle holds on to
   * the file; send `data:import` again with its passphrase to open and import it.
   */
  needsPassphrase: boolean;
  added: number;
  /** Records already here with different content (the ones here were kept). */
  conflicts: number;
}

/** How an export is written: sealed with a passphrase (the default in Settings), or plain. */
export type ExportMode = 'encrypted' | 'plain';

const newPassphrase = z
  .string({ error: 'Choose a passphrase.' })
  .min(EXPORT_PASSPHRASE_MIN, {
    error: `A passphrase needs at least ${EXPORT_PASSPHRASE_MIN} characters — a few words you’ll remember work well.`,
  })
  .max(EXPORT_PASSPHRASE_MAX, {
    error: `A passphrase can be up to ${EXPORT_PASSPHRASE_MAX} characters.`,
  })
  .refine((s) => s.trim().length > 0, { error: 'A passphrase can’t be only spaces.' });

const passphrase = z
  .string({ error: 'Type the passphrase this export was made with.' })
  .min(1, { error: 'Type the passphrase this export was made with.' })
  .max(EXPORT_PASSPHRASE_MAX, {
    error: `That is longer than any passphrase Nuzzle takes (up to ${EXPORT_PASSPHRASE_MAX} characters).`,
  });

export const dataChannels = {
  'data:status': channel<DataStatus>()(none),
  'data:backup-now': channel<DataStatus>()(none),
  'data:restore': channel<{ restoredFrom: string; safetyCopy: string }>()(
    z.strictObject({
      name: z
        .string({ error: 'Choose a backup to restore.' })
        .regex(/^nuzzle-\d{4}-\d{2}-\d{2}-\d{6}(-[a-z-]+)?\.sqlite3$/, {
          error: 'That isn’t one of Nuzzle’s backups.',
        }),
    }),
  ),
  // Answers at once when plain or cancelled; an encrypted export waits for scrypt.
  'data:export': channel<{ cancelled: boolean } | Promise<{ cancelled: boolean }>>()(
    z.discriminatedUnion(
      'mode',
      [
        z.strictObject({ mode: z.literal('plain') }),
        z.strictObject({ mode: z.literal('encrypted'), passphrase: newPassphrase }),
      ],
      { error: 'Choose how to export: encrypted with a passphrase, or plain.' },
    ),
  ),
  // Without a payload: the open dialog. With a passphrase: opens the encrypted file chosen
  // last (the renderer never names a file) and imports it.
  'data:import': channel<ImportResult | Promise<ImportResult>>()(
    none.or(z.strictObject({ passphrase })),
  ),
  'data:delete-all': channel<{ deleted: true }>()(
    z.strictObject({
      confirmation: z
        .string({ error: `Type “${DELETE_CONFIRMATION}” to confirm.` })
        .refine((s) => s.trim().toLowerCase() === DELETE_CONFIRMATION, {
          error: `Type “${DELETE_CONFIRMATION}” to confirm.`,
        }),
    }),
  ),
  'data:dismiss-notice': channel<{ dismissed: true }>()(none),
} as const;
