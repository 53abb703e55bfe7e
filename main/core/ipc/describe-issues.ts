// Turns zod's validation issues into one sentence a person can act on.

import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
  myName: 'Your name',
  partnerName: "Your partner's name",
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

export function describeIssues(issues: readonly z.core.$ZodIssue[], channel = ''): string {
  const first = issues[0];
  if (!first) return 'That request was not understood.';
  if (first.code === 'unrecognized_keys') {
    const keys = first.keys.map((k) => k.slice(0, 40)).join(', ');
    return `Unexpected field${first.keys.length > 1 ? 's' : ''}: ${keys}.`;
  }
  const field = first.path.map(String).join('.');
  const isMissing = first.code === 'invalid_type' && first.input === undefined;
  const area = channel.split(':')[0] ?? '';
  const name = CHANNEL_FIELD_NAMES[area]?.[field] ?? FIELD_NAMES[field] ?? field;
  if (isMissing && field) return `${name} is missing.`;
  if (first.code === 'invalid_union' && first.path.length === 0) {
    return 'That request was not in the expected shape.';
  }
  return first.message;
}
