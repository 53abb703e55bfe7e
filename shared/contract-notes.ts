// IPC channels for appreciation notes. Merged into `contract` in ./contract.ts.
//
// Who acts is always named: `authorId` for writing, sending, deleting and drafts;
// `readerId` for reading and for the reader's own marks (read, favourite). On a shared
// computer either partner may act; the core checks they use this computer and own the note.

import { z } from 'zod';
import { channel, id, none } from './contract-kit.ts';
import {
  NOTE_MAX_CODE_UNITS,
  NUDGE_AFTER_DAYS_MAX,
  NUDGE_AFTER_DAYS_MIN,
  validateNoteText,
  type Note,
  type NoteDraft,
  type NoteNudge,
  type NoteSettings,
  type NotesView,
  type ReceivedNote,
} from './notes.ts';

/** The note itself: trimmed, 1–1,000 characters as a person counts them. */
const noteText = z
  .string({ error: 'Nuzzle couldn’t read that note, so nothing was sent.' })
  .transform((text, ctx) => {
    const checked = validateNoteText(text);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: 'custom', message: checked.message, input: text });
    return z.NEVER;
  });

/** A draft may be anything typed so far (even over the limit), within what Nuzzle can keep. */
const draftText = z
  .string({ error: 'Nuzzle couldn’t read that draft, so nothing was saved.' })
  .max(NOTE_MAX_CODE_UNITS, {
    error: 'This draft is longer than Nuzzle can keep — try trimming it.',
  });

const nudgeAfterDays = z
  .number({ error: 'The nudge comes after a number of days.' })
  .int({ error: 'The nudge comes after a whole number of days.' })
  .min(NUDGE_AFTER_DAYS_MIN, {
    error: `The nudge can come after ${NUDGE_AFTER_DAYS_MIN} to ${NUDGE_AFTER_DAYS_MAX} days.`,
  })
  .max(NUDGE_AFTER_DAYS_MAX, {
    error: `The nudge can come after ${NUDGE_AFTER_DAYS_MIN} to ${NUDGE_AFTER_DAYS_MAX} days.`,
  });

const listOffset = z
  .number({ error: 'Where a page starts is a number.' })
  .int({ error: 'Where a page starts is a whole number.' })
  .min(0, { error: 'A page starts at the newest note or later.' })
  .max(1_000_000, { error: 'A page starts within the notes there are.' });

export const noteChannels = {
  /** One person's notes: inbox (newest first), what they sent, and the weekly flow. */
  'notes:view': channel<NotesView>()(
    z
      .strictObject({
        /** Defaults to me. */
        readerId: id.optional(),
        show: z
          .enum(['all', 'favourites'], { error: 'Show all notes or only favourites.' })
          .optional(),
        limit: z
          .number({ error: 'Show between 1 and 1,000 notes.' })
          .int({ error: 'Show between 1 and 1,000 notes.' })
          .min(1, { error: 'Show between 1 and 1,000 notes.' })
          .max(1000, { error: 'Show between 1 and 1,000 notes.' })
          .optional(),
        /** Pages: how many of the newest received / written notes to skip. */
        inboxOffset: listOffset.optional(),
        sentOffset: listOffset.optional(),
      })
      .optional(),
  ),
  'notes:send': channel<Note>()(z.strictObject({ authorId: id, text: noteText })),
  /** The author takes a note back; it disappears for both of you (a recorded change). */
  'notes:delete': channel<{ deleted: true }>()(z.strictObject({ id, authorId: id })),
  'notes:mark-read': channel<ReceivedNote>()(
    z.strictObject({
      id,
      readerId: id,
      read: z.boolean({
        error: 'Nuzzle couldn’t tell whether to mark the note read, so nothing was changed.',
      }),
    }),
  ),
  'notes:favourite': channel<ReceivedNote>()(
    z.strictObject({
      id,
      readerId: id,
      favourite: z.boolean({
        error:
          'Nuzzle couldn’t tell whether to keep the note as a favourite, so nothing was changed.',
      }),
    }),
  ),
  /** Drafts stay on this computer: never synced, never in the outbox. */
  'notes:draft-get': channel<NoteDraft>()(z.strictObject({ authorId: id })),
  'notes:draft-save': channel<NoteDraft>()(z.strictObject({ authorId: id, text: draftText })),
  /** Everyone on this computer for whom a gentle "write a note?" is due today. */
  'notes:nudges': channel<NoteNudge[]>()(none),
  /** "Not today": hides this person's nudge until tomorrow. */
  'notes:dismiss-nudge': channel<NoteNudge[]>()(z.strictObject({ authorId: id })),
  'notes:settings': channel<NoteSettings>()(none),
  'notes:settings-save': channel<NoteSettings>()(
    z.strictObject({
      nudgeEnabled: z
        .boolean({
          error:
            'Nuzzle couldn’t tell whether to turn the nudge on or off, so nothing was changed.',
        })
        .optional(),
      nudgeAfterDays: nudgeAfterDays.optional(),
      notifyOnArrival: z
        .boolean({
          error:
            'Nuzzle couldn’t tell whether to turn arrival notifications on or off, so nothing was changed.',
        })
        .optional(),
    }),
  ),
} as const;
