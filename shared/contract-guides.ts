// IPC channels for guides: reading progress, apology drafts. Merged into `contract` in ./contract.ts.
// Both are kept on this computer only (never in the outbox): what someone reads, and an apology
// they are still shaping, are theirs until they choose to say it.

import { z } from 'zod';
import { channel, id, none } from './contract-kit.ts';
import {
  APOLOGY_FIELD_MAX,
  GUIDE_SLUGS,
  SECTION_ID_MAX,
  SECTION_ID_PATTERN,
  type GuideSlug,
} from './guides-catalog.ts';

/** Where one partner is in the guides. */
export interface GuideReading {
  partnerId: string;
  /** The guide they opened most recently, and where in it they were; null before any. */
  last: { slug: GuideSlug; sectionId: string; at: number } | null;
  /** Guides marked as finished. */
  finished: GuideSlug[];
  /** Last place read in each guide opened so far (section anchor, '' for the top). */
  positions: Partial<Record<GuideSlug, string>>;
}

/** Reading progress for each partner who uses this computer. */
export interface GuideProgressView {
  partners: GuideReading[];
}

export interface ApologyDraft {
  id: string;
  authorId: string;
  /** What happened. */
  happened: string;
  /** That it was wrong. */
  wrong: string;
  /** Why it damaged trust. */
  harm: string;
  /** What I will do differently. */
  different: string;
  createdAt: number;
  updatedAt: number;
}

const slug = z.enum(GUIDE_SLUGS, {
  error: 'Nuzzle couldn’t find that guide. Try opening it from the Guides list.',
});

const sectionId = z
  .string({ error: 'Nuzzle needs to know where in the guide you are.' })
  .max(SECTION_ID_MAX, {
    error: 'Nuzzle couldn’t find that part of the guide. Try opening the guide from the start.',
  })
  .refine((s) => s === '' || SECTION_ID_PATTERN.test(s), {
    error: 'Nuzzle couldn’t find that part of the guide. Try opening the guide from the start.',
  });

const partnerId = id;

const field = (what: string) =>
  z
    .string({ error: `Nuzzle couldn’t read “${what}”, so nothing was saved.` })
    .max(APOLOGY_FIELD_MAX, {
      error: `${what} can be up to ${APOLOGY_FIELD_MAX.toLocaleString('en-US')} characters.`,
    });

export const guideChannels = {
  /** Reading progress for everyone who reads on this computer. */
  'guides:progress': channel<GuideProgressView>()(none),
  /** Remembers the guide (and section) a partner is reading now. */
  'guides:position': channel<GuideReading>()(z.strictObject({ partnerId, slug, sectionId })),
  /** Marks a guide as finished, or as not finished again. */
  'guides:finished': channel<GuideReading>()(
    z.strictObject({
      partnerId,
      slug,
      finished: z.boolean({
        error: 'Nuzzle couldn’t tell whether to mark the guide finished, so nothing was changed.',
      }),
    }),
  ),
  /** Apology drafts of everyone who writes on this computer, newest first. */
  'apology:drafts': channel<ApologyDraft[]>()(none),
  /** Saves a draft: a new one without `id`, or changes to one already saved. */
  'apology:save': channel<ApologyDraft>()(
    z
      .strictObject({
        id: id.optional(),
        partnerId,
        happened: field('What happened'),
        wrong: field('That it was wrong'),
        harm: field('Why it damaged trust'),
        different: field('What you will do differently'),
      })
      .refine((d) => [d.happened, d.wrong, d.harm, d.different].some((t) => t.trim() !== ''), {
        error: 'There’s nothing to save yet — write a little in any of the four fields first.',
      }),
  ),
  /** Deletes a draft: its words are erased and it is gone from the list. */
  'apology:delete': channel<{ deleted: true }>()(z.strictObject({ id })),
} as const;
