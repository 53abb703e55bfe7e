// The record's words: how the pattern score is explained and named. Gentle progress, never
// a grade — no "/100", no percentages, nothing that reads as a streak to lose.

export type PatternStage = 'starting' | 'building' | 'growing' | 'steady';

export const CONSISTENCY_EXPLANATION =
  'The pattern grows a little with each day you both check in and eases back only slowly on a ' +
  'quiet day, so it is about half-way after two weeks, most of the way after two months, and ' +
  'paused days leave it just as it was.';

/** Where the score stands, in one word. */
export function patternStage(consistency: number): PatternStage {
  if (consistency <= 0) return 'starting';
  if (consistency < 50) return 'building';
  if (consistency < 85) return 'growing';
  return 'steady';
}

export const STAGE_WORDS: Record<PatternStage, { label: string; detail: string }> = {
  starting: {
    label: 'Just starting',
    detail: 'Your pattern begins with the first day you both check in.',
  },
  building: {
    label: 'Building',
    detail: 'Each day you both show up adds to it. Patterns take a few weeks to form.',
  },
  growing: {
    label: 'Growing',
    detail: 'The pattern is taking shape. A quiet day now and then barely moves it.',
  },
  steady: {
    label: 'Steady',
    detail: 'Showing up has become part of your days together.',
  },
};

/** Shown once on History after the score changed scale (migration 9). */
export const SCORE_SCALE_NOTICE =
  'The pattern measure now starts from zero and builds over weeks, the way a habit does, so ' +
  'it may read lower than before. Every day you have kept is still here.';
