// Turns zod's validation issues into one sentence a person can act on.

import type { z } from 'zod';

const FIELD_NAMES: Record<string, string> = {
  myName: 'Your name',
  partnerName: "Your partner's name",
  partnerId: 'Who is checking in',
  localDate: 'The date',
  startDate: 'The start date',
  endDate: 'The end date',
};

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'That request was not understood.';
  if (first.code === 'unrecognized_keys') {
    const keys = first.keys.map((k) => k.slice(0, 40)).join(', ');
    return `Unexpected field${first.keys.length > 1 ? 's' : ''}: ${keys}.`;
  }
  const field = first.path.map(String).join('.');
  const isMissing = first.code === 'invalid_type' && first.input === undefined;
  if (isMissing && field) return `${FIELD_NAMES[field] ?? field} is missing.`;
  if (first.code === 'invalid_union' && first.path.length === 0) {
    return 'That request was not in the expected shape.';
  }
  return first.message;
}
