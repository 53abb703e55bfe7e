// Pages through a long list of notes, ten at a time, newest first. A year of notes stays a
// short screen (only one page is in the page at once), and "Older" / "Newer" say where you
// are in words. Paging rather than virtual scrolling: notes differ in height, and a real page
// keeps find-in-page, screen readers and keyboard order as they are, with no dependency.

export const NOTES_PAGE = 10;

export interface PageOf {
  offset: number;
  total: number;
  shown: number;
  onPage: (offset: number) => void;
}

/** `onPaged` runs after a page change (the lists move focus to their heading: the button
 *  just pressed may have turned off on the first or last page). */
export function NotePager({
  label,
  page,
  onPaged,
}: {
  label: string;
  page: PageOf;
  onPaged: () => void;
}) {
  const { offset, total, shown } = page;
  const onPage = (next: number) => {
    page.onPage(next);
    onPaged();
  };
  if (total <= NOTES_PAGE && offset === 0) return null;
  const first = Math.min(total, offset + 1);
  const last = Math.min(total, offset + shown);
  return (
    <nav className="note-pager" aria-label={`${label}: pages`}>
      <button
        type="button"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - NOTES_PAGE))}
      >
        Newer
      </button>
      <p className="muted" aria-live="polite">
        {first}–{last} of {total}
      </p>
      <button
        type="button"
        disabled={offset + NOTES_PAGE >= total}
        onClick={() => onPage(offset + NOTES_PAGE)}
      >
        Older
      </button>
    </nav>
  );
}
