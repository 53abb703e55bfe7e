// IPC channels for commitments and their daily marks. Merged into `contract` in ./contract.ts.
//
// Every call that changes something names who is acting (`actorId`): on a shared computer
// each partner acts as themselves, and the core checks that the actor may do it (only the
// author marks, edits, pauses or retires; only the other partner acknowledges).

import { z } from 'zod';
import {
  validateAckText,
  validateCommitmentText,
  validateSchedule,
  type CommitmentSchedule,
  type CommitmentView,
} from './commitments.ts';
import { channel, id, localDate } from './contract-kit.ts';
import type { ComputerMode, Partner } from './domain.ts';
import type { LocalDate } from './local-day.ts';

/** What the Commitments screen and each check-in read. */
export interface CommitmentsView {
  today: LocalDate;
  computerMode: ComputerMode;
  partners: Partner[];
  /**
   * Every commitment of both partners, oldest first (retired ones included). When the call
   * asks for a page (`retiredLimit`), every current one, oldest first, then that many retired
   * ones, newest first.
   */
  commitments: CommitmentView[];
  /** Pass as `retiredBefore` for the next page of retired ones; null when there are no more. */
  retiredNext: string | null;
  /** How many retired commitments there are in all. */
  retiredTotal: number;
}

const commitmentText = z
  .string({ error: 'Write what you’ll do — a few words is enough.' })
  .transform((text, ctx) => {
    const checked = validateCommitmentText(text);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.value;
  });

const HOW_OFTEN = 'Choose how often this commitment comes up.';

const schedule = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({ kind: z.literal('daily') }),
      z.strictObject({
        kind: z.literal('weekdays'),
        days: z
          .array(
            z.number({
              error: 'Those days didn’t come through clearly — please choose them again.',
            }),
            {
              error: 'Choose at least one day for this commitment.',
            },
          )
          .max(7, { error: 'A week has seven days — choose up to seven.' }),
      }),
    ],
    { error: HOW_OFTEN },
  )
  .transform((input, ctx): CommitmentSchedule => {
    const checked = validateSchedule(input);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.value;
  });

const actorId = id;
const commitmentId = id;

const ackText = z
  .string({ error: 'Nuzzle couldn’t read that acknowledgement, so nothing was saved.' })
  .transform((text, ctx) => {
    const checked = validateAckText(text);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    }
    return checked.value;
  })
  .optional();

export const commitmentChannels = {
  /** Both partners' commitments with their records, as of today on this computer. */
  'commitments:list': channel<CommitmentsView>()(
    z
      .strictObject({
        /** Retired commitments per page (0: current ones only). Without it: everything. */
        retiredLimit: z
          .number({ error: 'Show between 0 and 100 retired commitments at a time.' })
          .int({ error: 'Show between 0 and 100 retired commitments at a time.' })
          .min(0, { error: 'Show between 0 and 100 retired commitments at a time.' })
          .max(100, { error: 'Show between 0 and 100 retired commitments at a time.' })
          .optional(),
        /** `retiredNext` from the page before. */
        retiredBefore: id.optional(),
      })
      .optional(),
  ),
  'commitments:create': channel<CommitmentView>()(
    z
      .strictObject({
        actorId,
        text: commitmentText,
        schedule,
        startDate: localDate,
        reviewDate: localDate.nullable().optional(),
      })
      .refine((c) => c.reviewDate == null || c.reviewDate >= c.startDate, {
        error: 'A review date comes on or after the start date.',
        path: ['reviewDate'],
      }),
  ),
  /** New wording (the earlier wording stays in the history) and/or a review date. */
  'commitments:update': channel<CommitmentView>()(
    z
      .strictObject({
        actorId,
        commitmentId,
        text: commitmentText.optional(),
        reviewDate: localDate.nullable().optional(),
      })
      .refine((c) => c.text !== undefined || c.reviewDate !== undefined, {
        error: 'There was nothing to change.',
      }),
  ),
  /** "Kept today?" — one mark per commitment per local day, changeable while the day lasts. */
  'commitments:mark': channel<CommitmentView>()(
    z.strictObject({
      actorId,
      commitmentId,
      localDate,
      value: z.enum(['kept', 'not-kept', 'not-applicable'], {
        error: 'Choose kept, not kept, or didn’t come up.',
      }),
    }),
  ),
  /** The partner noticed a kept day ("I noticed"): seen, not surveilled. */
  'commitments:acknowledge': channel<CommitmentView>()(
    z.strictObject({ actorId, commitmentId, localDate, text: ackText }),
  ),
  'commitments:pause': channel<CommitmentView>()(
    z
      .strictObject({ actorId, commitmentId, startDate: localDate, endDate: localDate })
      .refine((p) => p.startDate <= p.endDate, { error: 'A pause ends on or after its start.' }),
  ),
  /** Ends a pause under way today, or cancels a planned one. */
  'commitments:end-pause': channel<CommitmentView>()(
    z.strictObject({ actorId, commitmentId, pauseId: id }),
  ),
  /** Not due from today on (from tomorrow if today is already marked); history stays. */
  'commitments:retire': channel<CommitmentView>()(z.strictObject({ actorId, commitmentId })),
} as const;
