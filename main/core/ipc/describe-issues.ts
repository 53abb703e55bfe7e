// Turns zod's validation issues into one sentence a person can act on.

import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
  myName: 'Your name',
  partnerName: 'Your partner’s name',
  partnerId: 'Which of you this is for',
  localDate: 'The date',
  startDate: 'The start date',
  endDate: 'The end date',
  authorId: 'Who is writing',
  readerId: 'Whose notes these are',
  text: 'The note',
  id: 'Which one',
  actorId: 'Who is acting',
  commitmentId: 'Which commitment',
  schedule: 'How often it comes up',
  pauseId: 'Which pause',
};

/** Field names that read better in one channel's words. */
const CHANNEL_FIELD_NAMES: Record<string, Record<string, string>> = {
  checkins: { partnerId: 'Who is checking in' },
  commitments: { text: 'What you’ll do', value: 'Kept, not kept or didn’t come up' },
};

// zod's own English ("Invalid input: expected object, received array", "Too big: …") is
// written for programmers; our schemas give every field a message of its own.
const VALIDATOR_ENGLISH = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)\b/;

/** Whether the payload has something at this path (zod reports a wrong type as "missing"). */
function isPresent(payload: unknown, path: readonly PropertyKey[]): boolean {
  let here: unknown = payload;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return false;
    if (!Object.hasOwn(here, key)) return false;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here !== undefined;
}

export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  channel = '',
  payload?: unknown,
): string {
  const first = issues[0];
  if (!first) return 'Nuzzle didn’t understand that, so nothing was changed.';
  if (first.code === 'unrecognized_keys') {
    const keys = first.keys.map((k) => k.slice(0, 40)).join(', ');
    return `Nuzzle got something it didn’t expect (${keys}), so nothing was changed.`;
  }
  if (first.path.length === 0) {
    if (first.code === 'invalid_union' || first.code === 'invalid_type') {
      return 'Nuzzle didn’t understand that, so nothing was changed.';
    }
    return VALIDATOR_ENGLISH.test(first.message)
      ? 'Nuzzle didn’t understand that, so nothing was changed.'
      : first.message;
  }
  const field = first.path.map(String).join('.');
  const area = channel.split(':')[0] ?? '';
  const name = CHANNEL_FIELD_NAMES[area]?.[field] ?? FIELD_NAMES[field];
  const missing = first.code === 'invalid_type' && !isPresent(payload, first.path);
  if (missing) {
    if (name) return `${name} is missing.`;
    return VALIDATOR_ENGLISH.test(first.message)
      ? 'Something Nuzzle needs for this is missing, so nothing was changed.'
      : first.message;
  }
  if (!VALIDATOR_ENGLISH.test(first.message)) return first.message;
  return name
    ? `Nuzzle couldn’t read ${name.toLowerCase()}, so nothing was changed.`
    : 'Nuzzle couldn’t read part of that, so nothing was changed.';
}
