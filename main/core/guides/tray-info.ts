// What the tray's "Guides ▸" submenu shows: every guide, and "Continue: <guide>" for the one
// this computer's own partner ("me") was reading last, unless they finished it.

import { GUIDES, guideInfo } from '../../../shared/guides-catalog.ts';
import type { CoreContext } from '../context.ts';
import { guideProgressFor } from './progress-store.ts';

export interface GuideTrayInfo {
  guides: { slug: string; title: string }[];
  continue: { slug: string; title: string } | null;
}

/** The tray opens a guide with the route `guides?guide=<slug>` (it resumes where they were). */
export function guideTrayInfo(ctx: CoreContext): GuideTrayInfo {
  const guides = GUIDES.map((g) => ({ slug: g.slug, title: g.title }));
  if (!ctx.settings.get().onboarded) return { guides, continue: null };
  const reading = guideProgressFor(ctx.db).reading(ctx.settings.me().id);
  const last = reading.last;
  const unfinished = last && !reading.finished.includes(last.slug) ? last.slug : null;
  return {
    guides,
    continue: unfinished ? { slug: unfinished, title: guideInfo(unfinished).title } : null,
  };
}
