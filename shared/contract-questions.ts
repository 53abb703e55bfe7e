// IPC channels for the daily question. Merged into `contract` in ./contract.ts.
//
// Who acts is always named (`partnerId`); the core checks they use this computer. Answers
// are final once given: that is what lets the reveal be fair.

import { z } from 'zod';
import { channel, id, localDate, none } from './contract-kit.ts';
import { SEARCH_MAX } from './limits.ts';
import {
  ANSWER_MAX_CODE_UNITS,
  REPLY_MAX_CODE_UNITS,
  validateAnswerText,
  validateReplyText,
  type QuestionArchiveView,
  type QuestionDay,
  type QuestionTodayView,
} from './questions/daily.ts';

const checked = (
  what: string,
  maxUnits: number,
  validate: (t: string) => { ok: true; value: string } | { ok: false; message: string },
) =>
  z
    .string({ error: `Nuzzle couldn’t read ${what.toLowerCase()}, so nothing was saved.` })
    .max(maxUnits, { error: `${what} is longer than Nuzzle can keep — try trimming it.` })
    .transform((text, ctx) => {
      const result = validate(text);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.message, input: text });
      return z.NEVER;
    });

export const questionChannels = {
  /** Today's question and where each of you is with it. */
  'questions:today': channel<QuestionTodayView>()(none),
  'questions:answer': channel<QuestionTodayView>()(
    z.strictObject({
      partnerId: id,
      localDate,
      text: checked('An answer', ANSWER_MAX_CODE_UNITS * 2, validateAnswerText),
    }),
  ),
  /** "Another question, please": once a day, for both of you, before either has answered. */
  'questions:skip': channel<QuestionTodayView>()(z.strictObject({ partnerId: id, localDate })),
  /** A heart and a short reply to the other's answer, once both are revealed. */
  'questions:react': channel<QuestionDay>()(
    z.strictObject({
      partnerId: id,
      localDate,
      heart: z.boolean({
        error:
          'Nuzzle couldn’t tell whether to add or take back the heart, so nothing was changed.',
      }),
      reply: checked('A reply', REPLY_MAX_CODE_UNITS * 2, validateReplyText).optional(),
    }),
  ),
  /** Past questions you have both answered, newest first; an unanswered day isn't listed. */
  'questions:archive': channel<QuestionArchiveView>()(
    z
      .strictObject({
        search: z
          .string({ error: 'Search for words.' })
          .max(SEARCH_MAX, { error: `Search for up to ${String(SEARCH_MAX)} characters.` })
          .optional(),
      })
      .optional(),
  ),
} as const;
