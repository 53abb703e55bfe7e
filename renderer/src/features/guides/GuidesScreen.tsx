// Guides: reading, table of contents, cross-links, search, reading progress.
//
// Routes: `#/guides` (the list, "Continue", search, help), `#/guides?guide=<slug>` (a guide,
// picking up where this reader left off), `&section=<anchor>` (a place in it), `&q=<words>`
// (search). The tray opens `#/guides?guide=<slug>`.

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import type { GuideReading } from '../../../../shared/contract-guides.ts';
import type { Partner } from '../../../../shared/domain.ts';
import {
  GUIDES,
  GUIDE_SLUGS,
  guideInfo,
  isGuideSlug,
  type GuideSlug,
} from '../../../../shared/guides-catalog.ts';
import {
  SEARCH_MIN,
  inlineText,
  normaliseQuery,
  searchGuides,
  type GuideDoc,
} from '../../../../shared/markdown-lite.ts';
import { call } from '../../api.ts';
import { useDraft } from '../../drafts.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { plural } from '../../format.ts';
import type { Route } from '../../router.ts';
import { useChannel } from '../../use-channel.ts';
import { GuideSections, Inlines, TableOfContents, guideHref } from './GuideContent.tsx';
import { useGuideDocs, type GuideDocs } from './guide-loader.ts';

import { ReaderChoice, useReader } from './ReaderChoice.tsx';
import { SafetyPanel } from './SafetyPanel.tsx';
import './guides.css';
import { LimitedInput } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

/** A heading counts as "being read" once it has scrolled above this line (px from the top). */
const READ_LINE = 120;
/** Reading position is saved once scrolling settles. */
const SAVE_AFTER_MS = 700;

/** Scrolls a heading to the top and moves focus to it (for keyboard and screen readers). */
export function jumpToSection(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return true;
}

export function GuidesScreen({ route }: { route: Route }) {
  const settings = useChannel('settings:get', ['settings']);
  const progress = useChannel('guides:progress', ['guides']);
  const { docs, error: loadError } = useGuideDocs();
  const [reader, chooseReader] = useReader(settings.data);
  const routeQuery = route.params.get('q') ?? '';
  const guideParam = route.params.get('guide');
  const slug = isGuideSlug(guideParam) ? guideParam : null;
  // The search stays as typed while guides are opened (a result, a cross-link, the tray) and
  // across screens, so going back to the list finds the same words and results.
  const [query, setQuery] = useDraft('guides:search', routeQuery);
  // Results cover a guide only while someone is searching from it; opening a guide shows the
  // guide. The list always shows them.
  const [searchingIn, setSearchingIn] = useState<string | null>(routeQuery ? slug : null);
  // A new `q` in the route (a link) replaces what's in the box.
  const [lastRouteQuery, setLastRouteQuery] = useState(routeQuery);
  if (lastRouteQuery !== routeQuery) {
    setLastRouteQuery(routeQuery);
    setQuery(routeQuery);
    setSearchingIn(slug);
  }

  if (settings.error) return <p role="alert">{settings.error}</p>;
  if (!settings.data || !reader) return <p className="muted">Loading…</p>;
  const reading = progress.data?.partners.find((p) => p.partnerId === reader.id) ?? null;

  const search = (
    <GuideSearch
      docs={docs}
      query={query}
      showResults={slug === null || searchingIn === slug}
      onQuery={(q) => {
        setQuery(q);
        setSearchingIn(slug);
      }}
      onPick={() => setSearchingIn(null)}
    />
  );
  const choice = (
    <ReaderChoice settings={settings.data} reader={reader} onChoose={chooseReader} verb="Reading" />
  );

  return (
    <div className="screen guides">
      {loadError && <p role="alert">{loadError}</p>}
      {progress.error && <p role="alert">{progress.error}</p>}
      {slug ? (
        <GuideView
          key={slug}
          slug={slug}
          doc={docs[slug]}
          reader={reader}
          reading={reading}
          progressLoaded={progress.data !== null}
          sectionParam={route.params.get('section')}
          search={search}
          choice={choice}
        />
      ) : (
        <GuidesIndex
          docs={docs}
          reading={reading}
          missing={guideParam !== null}
          search={search}
          choice={choice}
        />
      )}
    </div>
  );
}

// ---- The list ---------------------------------------------------------------------------

function GuidesIndex({
  docs,
  reading,
  missing,
  search,
  choice,
}: {
  docs: GuideDocs;
  reading: GuideReading | null;
  missing: boolean;
  search: ReactNode;
  choice: ReactNode;
}) {
  const last = reading?.last ?? null;
  const continuing = last && !reading?.finished.includes(last.slug) ? last : null;
  const continueSection =
    continuing && docs[continuing.slug]?.sections.find((s) => s.id === continuing.sectionId);

  return (
    <>
      <header className="screen-header">
        <h1>Guides</h1>
        <p className="lede">
          Short reads for the harder moments. Each one ends with something small to try today.
        </p>
      </header>
      {missing && (
        <p className="banner" role="status">
          That guide isn’t in this version of Nuzzle. Here are the ones that are.
        </p>
      )}
      {choice}
      {search}
      {continuing && (
        <section className="card continue-card" aria-labelledby="continue-title">
          <h2 id="continue-title">Pick up where you left off</h2>
          <p>
            <a href={guideHref(continuing.slug)} className="continue-link">
              Continue: {guideInfo(continuing.slug).title}
            </a>
            {continueSection && <span className="muted"> — at “{continueSection.title}”</span>}
          </p>
        </section>
      )}
      <section aria-labelledby="all-guides-title" className="guide-index">
        <h2 id="all-guides-title">All guides</h2>
        <ul className="guide-list">
          {GUIDES.map((g) => {
            const doc = docs[g.slug];
            const finished = reading?.finished.includes(g.slug) ?? false;
            const started = reading?.positions[g.slug] !== undefined;
            return (
              <li key={g.slug} className="card guide-card">
                <h3>
                  <a href={guideHref(g.slug)}>{g.title}</a>
                </h3>
                {doc && (
                  <p className="guide-summary">
                    <Inlines nodes={doc.summary} />
                  </p>
                )}
                {(finished || started) && (
                  <p className="guide-state">{finished ? 'Finished' : 'Started'}</p>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="tools-title" className="card">
        <h2 id="tools-title">Apology builder</h2>
        <p>
          Shape an apology in four short parts, with gentle notes on phrases that can undo one.
          Nothing is ever sent; drafts stay on this computer.{' '}
          <a href="#/apology">Open the apology builder</a>
        </p>
      </section>
      <section aria-labelledby="help-title" className="guide-help">
        <h2 id="help-title">Help</h2>
        <p>
          Some things aren’t for a guide or an app to fix. If you need someone to talk to, the
          people below are there at any hour.
        </p>
        <SafetyPanel />
      </section>
    </>
  );
}

// ---- Search -----------------------------------------------------------------------------

function GuideSearch({
  docs,
  query,
  showResults,
  onQuery,
  onPick,
}: {
  docs: GuideDocs;
  query: string;
  showResults: boolean;
  onQuery: (q: string) => void;
  /** A result was chosen: its guide takes the screen (the words stay in the box). */
  onPick: () => void;
}) {
  const loaded = GUIDE_SLUGS.flatMap((slug) => {
    const doc = docs[slug];
    return doc ? [{ slug, doc }] : [];
  });
  const active = normaliseQuery(query).length >= SEARCH_MIN;
  const hits = active ? searchGuides(loaded, query) : [];
  const shown = query.trim();

  return (
    <div className="guide-search">
      <form role="search" aria-label="Guides" onSubmit={(e) => e.preventDefault()}>
        <label className="field" htmlFor="guide-search">
          Search the guides
        </label>
        <LimitedInput
          limit={FIELD_LIMITS.search}
          id="guide-search"
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query !== '') {
              e.preventDefault();
              onQuery('');
            }
          }}
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      <p className="visually-hidden" role="status">
        {active &&
          (hits.length === 0
            ? `Nothing in the guides mentions “${shown}”.`
            : `${plural(hits.length, 'place')} in the guides ${hits.length === 1 ? 'mentions' : 'mention'} “${shown}”.`)}
      </p>
      {active && showResults && (
        <section className="card search-results" aria-labelledby="search-results-title">
          <h2 id="search-results-title">Search results</h2>
          {hits.length === 0 ? (
            <p className="muted">
              Nothing in the guides mentions “{shown}”. Try a shorter or different word.
            </p>
          ) : (
            <ul>
              {hits.map((hit) => {
                const href = guideHref(hit.slug, hit.sectionId || undefined);
                return (
                  <li key={`${hit.slug}#${hit.sectionId}`}>
                    <a
                      href={href}
                      onClick={(event) => {
                        onPick();
                        // Already there: the route won't change, so jump by hand.
                        if (window.location.hash === href && hit.sectionId) {
                          event.preventDefault();
                          jumpToSection(hit.sectionId);
                        }
                      }}
                    >
                      {hit.guideTitle}
                      {hit.sectionId && ` › ${hit.sectionTitle}`}
                    </a>
                    <p className="hit-snippet">
                      {hit.snippet.before}
                      <mark>{hit.snippet.match}</mark>
                      {hit.snippet.after}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

// ---- One guide --------------------------------------------------------------------------

/** The `##` section a place belongs to (a `###` anchor maps to its section). */
function sectionOf(doc: GuideDoc, id: string): string | null {
  for (const s of doc.sections) {
    if (s.id === id) return s.id;
    if (s.blocks.some((b) => b.kind === 'subheading' && b.id === id)) return s.id;
  }
  return null;
}

function GuideView({
  slug,
  doc,
  reader,
  reading,
  progressLoaded,
  sectionParam,
  search,
  choice,
}: {
  slug: GuideSlug;
  doc: GuideDoc | undefined;
  reader: Partner;
  reading: GuideReading | null;
  progressLoaded: boolean;
  sectionParam: string | null;
  search: ReactNode;
  choice: ReactNode;
}) {
  const title = doc?.title ?? guideInfo(slug).title;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [current, setCurrent] = useState('');
  const [resumedAt, setResumedAt] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const opened = useRef<string | null>(null);
  const lastSaved = useRef<string | null>(null);
  /** After a jump, the heading jumped to counts as "being read" while it stays in view. */
  const pinned = useRef<string | null>(null);
  const finished = reading?.finished.includes(slug) ?? false;

  const savePosition = useCallback(
    (sectionId: string) => {
      lastSaved.current = sectionId;
      call('guides:position', { partnerId: reader.id, slug, sectionId }).catch(() => {
        // Where someone was reading is a convenience; a failed save is not worth an alarm.
      });
    },
    [reader.id, slug],
  );

  const jump = useCallback(
    (id: string) => {
      if (!doc) return;
      const section = sectionOf(doc, id);
      if (section === null || !jumpToSection(id)) return;
      pinned.current = id;
      setCurrent(section);
      if (section !== lastSaved.current) savePosition(section);
    },
    [doc, savePosition],
  );

  // Opening the guide (or another place in it, or as another reader): go to the place asked
  // for, or where this reader left off, or the top. Opening it makes it their latest guide.
  useEffect(() => {
    if (!doc || !progressLoaded) return;
    const key = `${sectionParam ?? ''}|${reader.id}`;
    if (opened.current === key) return;
    opened.current = key;
    const asked = sectionParam && sectionOf(doc, sectionParam) !== null ? sectionParam : null;
    const saved = reading?.positions[slug];
    const resume = !asked && saved && sectionOf(doc, saved) !== null ? saved : null;
    const target = asked ?? resume;
    setResumedAt(resume);
    if (target) {
      pinned.current = target;
      jumpToSection(target);
    } else {
      window.scrollTo(0, 0);
      titleRef.current?.focus({ preventScroll: true });
    }
    const section = target ? (sectionOf(doc, target) ?? '') : '';
    setCurrent(section);
    savePosition(section);
  }, [doc, progressLoaded, sectionParam, reader.id, reading, slug, savePosition]);

  // While reading: notice which section is at the top and remember it once scrolling settles.
  useEffect(() => {
    if (!doc) return;
    let frame = 0;
    let timer: number | undefined;
    let pending: string | null = null;
    const flush = () => {
      window.clearTimeout(timer);
      timer = undefined;
      if (pending !== null && pending !== lastSaved.current) savePosition(pending);
      pending = null;
    };
    const measure = () => {
      frame = 0;
      const heads = Array.from(document.querySelectorAll<HTMLElement>('[data-guide-section]'));
      let id = '';
      const pin = pinned.current ? document.getElementById(pinned.current) : null;
      const pinTop = pin?.getBoundingClientRect().top;
      if (pin && pinTop !== undefined && pinTop >= 0 && pinTop < window.innerHeight) {
        id = sectionOf(doc, pin.id) ?? '';
      } else {
        pinned.current = null;
        for (const head of heads) {
          if (head.getBoundingClientRect().top > READ_LINE) break;
          id = head.id;
        }
      }
      setCurrent(id);
      // Scrolling back above the first section is usually on the way somewhere (the list, the
      // contents), so it doesn't replace the place being read; "Start from the top" does.
      if (id !== '' && id !== lastSaved.current) {
        pending = id;
        window.clearTimeout(timer);
        timer = window.setTimeout(flush, SAVE_AFTER_MS);
      }
    };
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.cancelAnimationFrame(frame);
      flush();
    };
  }, [doc, savePosition]);

  const toggleFinished = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('guides:finished', { partnerId: reader.id, slug, finished: !finished });
      setStatus(
        saved(
          finished
            ? 'Marked as not finished. It will be offered to continue again.'
            : 'Marked as finished. It stays here whenever you want to read it again.',
        ),
      );
    } catch (e) {
      setStatus(failure(e));
    }
  };

  const resumedTitle = doc && resumedAt ? resumeTitle(doc, resumedAt) : null;

  return (
    <>
      <div className="guide-bar">
        <a href="#/guides" className="back-link">
          ← All guides
        </a>
      </div>
      {search}
      <article className="guide" aria-labelledby="guide-title">
        <header className="screen-header">
          <h1 id="guide-title" ref={titleRef} tabIndex={-1}>
            {title}
          </h1>
          {doc && (
            <p className="lede">
              <Inlines nodes={doc.summary} />
            </p>
          )}
        </header>
        {choice}
        {resumedTitle && (
          <p className="banner resume-note" role="status">
            You’re back where you left off, at “{resumedTitle}”.{' '}
            <button
              type="button"
              className="link"
              onClick={() => {
                setResumedAt(null);
                pinned.current = null;
                window.scrollTo(0, 0);
                titleRef.current?.focus({ preventScroll: true });
                setCurrent('');
                savePosition('');
              }}
            >
              Start from the top
            </button>
          </p>
        )}
        {!doc ? (
          <p className="muted">Opening the guide…</p>
        ) : (
          <>
            <TableOfContents slug={slug} doc={doc} current={current} onJump={jump} />
            <GuideSections slug={slug} doc={doc} />
            <form
              className="card guide-finish"
              aria-label="Finished reading"
              onSubmit={(e) => void toggleFinished(e)}
            >
              <p>
                {finished
                  ? 'You’ve finished this guide. It’s here whenever you want to read it again.'
                  : 'Read it through? Marking it finished means Nuzzle stops offering to continue it.'}
              </p>
              <div className="form-actions">
                <button type="submit" className={finished ? undefined : 'primary'}>
                  {finished ? 'Mark as not finished' : 'Mark as finished'}
                </button>
                <a href="#/guides">All guides</a>
                <StatusLine message={status} />
              </div>
            </form>
          </>
        )}
      </article>
    </>
  );
}

function resumeTitle(doc: GuideDoc, id: string): string | null {
  for (const s of doc.sections) {
    if (s.id === id) return s.title;
    for (const b of s.blocks)
      if (b.kind === 'subheading' && b.id === id) return inlineText(b.inlines);
  }
  return null;
}
