// IPC channels for keeping data safe: backups, restore, export, import, delete everything.
// Merged into `contract` in ./contract.ts.

import { z } from 'zod';
import { channel, none } from './contract-kit.ts';
import type { DataStatus } from './domain.ts';

/** What the person types to confirm "Delete all my data". */
export const DELETE_CONFIRMATION = 'delete my data';

export interface ImportResult {
  cancelled: boolean;
  added: number;
  /** Records already here with different content (the ones here were kept). */
  conflicts: number;
}

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
  'data:export': channel<{ cancelled: boolean }>()(none),
  'data:import': channel<ImportResult>()(none),
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
