// The Commitments screen's list: every current commitment, and retired ones a page at a time
// (newest first), so years of retired promises never make the screen slower to open.
// "Show older" adds the next page; when the list changes, the pages already shown are read
// again, so nothing on screen is older than the data.

import { useCallback, useEffect, useState } from 'react';
import type { CommitmentView } from '../../../../shared/commitments.ts';
import type { CommitmentsView } from '../../../../shared/contract-commitments.ts';
import { call, errorWords } from '../../api.ts';
import { useChannel } from '../../use-channel.ts';

/** Retired commitments per page. */
export const RETIRED_PAGE = 10;
const FIRST_PAGE = { retiredLimit: RETIRED_PAGE };

export interface CommitmentPages {
  /** The first page with any older pages added (`retiredNext` is the next page's cursor). */
  data: CommitmentsView | null;
  error: string | null;
  /** Adds the next page of retired commitments; a no-op when there is none or one is loading. */
  showOlder: () => void;
  loadingOlder: boolean;
}

interface Older {
  /** The first page's cursor these pages were read after, and how many pages. */
  after: string;
  pages: number;
  /** The first page they were read for (a newer one has them read again). */
  for: CommitmentsView;
  retired: CommitmentView[];
  next: string | null;
}

async function retiredAfter(
  cursor: string,
  pages: number,
): Promise<Pick<Older, 'retired' | 'next'>> {
  const retired: CommitmentView[] = [];
  let next: string | null = cursor;
  for (let i = 0; i < pages && next !== null; i += 1) {
    const page: CommitmentsView = await call('commitments:list', {
      ...FIRST_PAGE,
      retiredBefore: next,
    });
    retired.push(...page.commitments.filter((c) => c.status === 'retired'));
    next = page.retiredNext;
  }
  return { retired, next };
}

export function useCommitmentPages(): CommitmentPages {
  const first = useChannel('commitments:list', ['commitments', 'settings', 'clock'], FIRST_PAGE);
  const [older, setOlder] = useState<Older | null>(null);
  const [pages, setPages] = useState(0);
  const [olderError, setOlderError] = useState<string | null>(null);
  const firstPage = first.data;
  const cursor = firstPage?.retiredNext ?? null;

  // Whenever the first page is read again, so are the older pages shown after it.
  useEffect(() => {
    if (pages === 0 || cursor === null || firstPage === null) return;
    let live = true;
    retiredAfter(cursor, pages)
      .then((read) => {
        if (!live) return;
        setOlder({ after: cursor, pages, for: firstPage, ...read });
        setOlderError(null);
      })
      .catch((e: unknown) => {
        if (live) setOlderError(errorWords(e));
      });
    return () => {
      live = false;
    };
  }, [firstPage, cursor, pages]);

  const loadingOlder =
    pages > 0 &&
    cursor !== null &&
    olderError === null &&
    (older?.for !== firstPage || older.pages !== pages);
  const shown = older !== null && older.after === cursor ? older : null;
  const next = shown ? shown.next : cursor;
  const showOlder = useCallback(() => {
    if (next !== null && !loadingOlder) setPages((p) => p + 1);
  }, [next, loadingOlder]);

  const data: CommitmentsView | null = first.data
    ? {
        ...first.data,
        commitments: [...first.data.commitments, ...(shown?.retired ?? [])],
        retiredNext: next,
      }
    : null;
  return { data, error: first.error ?? olderError, showOlder, loadingOlder };
}
