// Building blocks for the IPC contract: the channel helper and the common field schemas
// (ids, dates, 1–5 scores, optional text), each with messages written for a person.
// Imported by main only (the renderer imports contract *types*).

import { z } from 'zod';
import type { Score } from './domain.ts';
import { NAME_MAX } from './limits.ts';
import { isLocalDate, isLocalTime } from './local-day.ts';

/** Ties a request schema to its result type; the result exists only at the type level. */
export interface ChannelSpec<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: never read at run time. */
  result?: Res;
}

export function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelSpec<Req, Res> => ({ request });
}

// Control characters and bidi overrides have no place in a name shown in the tray.
const NAME_FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export const personName = z
  .string({ error: 'A name is needed.' })
  .trim()
  .min(1, { error: 'A name is needed.' })
  .max(NAME_MAX, { error: `Names can be up to ${NAME_MAX} characters.` })
  .refine((s) => !NAME_FORBIDDEN.test(s), { error: 'Names can only contain printable text.' });

export const id = z
  .string({ error: 'Nuzzle couldn’t tell which one this is about. Try reopening the screen.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    error:
      'Nuzzle doesn’t recognise that item. It may have been deleted — try reopening the screen.',
  });

export const localDate = z
  .string({ error: 'A date like 2026-05-01 is needed.' })
  .refine(isLocalDate, { error: 'A date like 2026-05-01 is needed.' });

export const localTime = z
  .string({ error: 'A time like 20:00 is needed.' })
  .refine(isLocalTime, { error: 'A time like 20:00 is needed.' });

export const score = (what: string) =>
  z
    .number({ error: `${what} is a number from 1 to 5.` })
    .int({ error: `${what} is a number from 1 to 5.` })
    .min(1, { error: `${what} is a number from 1 to 5.` })
    .max(5, { error: `${what} is a number from 1 to 5.` })
    .transform((n) => n as Score);

export const optionalText = (what: string, max: number) =>
  z
    .string({ error: `Nuzzle couldn’t read ${what.toLowerCase()}, so nothing was saved.` })
    .max(max, { error: `${what} can be up to ${max} characters.` })
    .optional();

export const none = z
  .undefined({ error: 'Nuzzle got more than it expected for this step, so nothing was changed.' })
  .or(z.strictObject({}));
