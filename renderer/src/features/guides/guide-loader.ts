// Loads the guides' Markdown on demand (each is its own small chunk, so the guides don't weigh
// on the app's first load) and parses it once.

import { useEffect, useState } from 'react';
import { GUIDE_SLUGS, type GuideSlug } from '../../../../shared/guides-catalog.ts';
import { parseGuide, type GuideDoc } from '../../../../shared/markdown-lite.ts';

const SOURCES = import.meta.glob<string>('../../../guides/*.md', {
  query: '?raw',
  import: 'default',
});

const cache = new Map<GuideSlug, Promise<GuideDoc>>();

export function loadGuide(slug: GuideSlug): Promise<GuideDoc> {
  let pending = cache.get(slug);
  if (!pending) {
    const load = SOURCES[`../../../guides/${slug}.md`];
    pending = load
      ? load().then(parseGuide)
      : Promise.reject(new Error(`The guide “${slug}” is missing from this copy of Nuzzle.`));
    // A failed load may be retried next time.
    pending.catch(() => cache.delete(slug));
    cache.set(slug, pending);
  }
  return pending;
}

export type GuideDocs = Partial<Record<GuideSlug, GuideDoc>>;

/** Every guide, parsed; loads in the background and fills in as they arrive. */
export function useGuideDocs(): { docs: GuideDocs; complete: boolean; error: string | null } {
  const [docs, setDocs] = useState<GuideDocs>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    for (const slug of GUIDE_SLUGS) {
      loadGuide(slug)
        .then((doc) => {
          if (live) setDocs((d) => (d[slug] === doc ? d : { ...d, [slug]: doc }));
        })
        .catch(() => {
          if (live) setError('Some guides couldn’t be opened. Try reopening Nuzzle.');
        });
    }
    return () => {
      live = false;
    };
  }, []);
  return { docs, complete: GUIDE_SLUGS.every((s) => docs[s]), error };
}
