// Every text field's limit, from the same constants the channels check, with the words the
// form uses when a person reaches it. A limit counted "by units" mirrors a schema's `max`
// (UTF-16 units); "by characters" mirrors a validator that counts what a person sees.

import { ACK_TEXT_MAX_LENGTH, COMMITMENT_TEXT_MAX_LENGTH } from './commitments.ts';
import { APOLOGY_FIELD_MAX } from './guides-catalog.ts';
import {
  CHECKIN_NOTE_MAX,
  CHECKIN_SHARED_MAX,
  CONFIRM_WORD_MAX,
  NAME_MAX,
  PAUSE_REASON_MAX,
  SEARCH_MAX,
  SYNC_CODE_MAX,
} from './limits.ts';
import { NOTE_MAX_LENGTH } from './notes.ts';
import { ANSWER_MAX_LENGTH, REPLY_MAX_LENGTH } from './questions/daily.ts';
import type { TextLimit } from './text-length.ts';

export interface FieldLimit extends TextLimit {
  /** What the field holds, for "That's the 280-character limit for a check-in note." */
  what: string;
}

const units = (max: number, what: string): FieldLimit => ({ max, by: 'units', what });
const characters = (max: number, what: string): FieldLimit => ({ max, by: 'characters', what });

export const FIELD_LIMITS = {
  name: units(NAME_MAX, 'a name'),
  checkinNote: units(CHECKIN_NOTE_MAX, 'a check-in note'),
  checkinShared: units(CHECKIN_SHARED_MAX, 'what you share'),
  pauseReason: units(PAUSE_REASON_MAX, 'a pause’s reason'),
  note: characters(NOTE_MAX_LENGTH, 'a note'),
  commitment: characters(COMMITMENT_TEXT_MAX_LENGTH, 'a commitment'),
  acknowledgement: characters(ACK_TEXT_MAX_LENGTH, 'an “I noticed”'),
  answer: characters(ANSWER_MAX_LENGTH, 'an answer'),
  reply: characters(REPLY_MAX_LENGTH, 'a reply'),
  apology: units(APOLOGY_FIELD_MAX, 'each part of an apology'),
  search: units(SEARCH_MAX, 'a search'),
  syncCode: units(SYNC_CODE_MAX, 'a pairing code'),
  confirmWord: units(CONFIRM_WORD_MAX, 'this box'),
} as const satisfies Record<string, FieldLimit>;
