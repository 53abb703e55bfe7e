// Commitments: concrete promises, marked each day, visible to both partners. On a shared
// computer each partner picks "Viewing as" so they mark, change and acknowledge as themselves.

import { useState, type ReactNode } from 'react';
import type { CommitmentView } from '../../../../shared/commitments.ts';
import type { CommitmentsView } from '../../../../shared/contract-commitments.ts';
import type { Partner } from '../../../../shared/domain.ts';
import { displayName } from '../../format.ts';
import { CommitmentCard } from './CommitmentCard.tsx';
import { StripLegend } from './DayStrip.tsx';
import { NewCommitmentForm, newCommitmentDraftKey } from './NewCommitmentForm.tsx';
import { useCommitmentPages, type CommitmentPages } from './use-commitment-pages.ts';
import { hasDraft } from '../../drafts.ts';
import './commitments.css';

export function CommitmentsScreen() {
  const pages = useCommitmentPages();
  if (pages.error) return <p role="alert">{pages.error}</p>;
  if (!pages.data) return <p className="muted">Loading…</p>;
  return <CommitmentsContent view={pages.data} pages={pages} />;
}

const nameOf = (p: Partner): string =>
  displayName(p.name, p.role === 'me' ? 'You' : 'Your partner');

function CommitmentsContent({ view, pages }: { view: CommitmentsView; pages: CommitmentPages }) {
  const here = view.partners.filter((p) => p.onThisComputer);
  const [viewerId, setViewerId] = useState<string | null>(null);
  const viewer = here.find((p) => p.id === viewerId) ?? here[0];
  if (!viewer) return <p role="alert">Nobody uses Nuzzle on this computer yet.</p>;

  const active = view.commitments.filter((c) => c.status !== 'retired');
  const retired = view.commitments.filter((c) => c.status === 'retired');
  // The viewer's own commitments first: those are the ones they can act on.
  const people = [viewer, ...view.partners.filter((p) => p.id !== viewer.id)];

  return (
    <div className="screen commitments">
      <header className="screen-header">
        <h1>Commitments</h1>
        <p className="lede">
          Small, concrete promises, kept day after day. You both see every one, and how it’s going.
        </p>
      </header>

      {here.length > 1 && (
        <fieldset className="card choice viewing-as">
          <legend>Viewing as</legend>
          <p className="hint">Each of you marks and changes your own, and notices the other’s.</p>
          <div className="viewing-as-options">
            {here.map((p) => (
              <label key={p.id}>
                <input
                  type="radio"
                  name="commitments-viewer"
                  checked={p.id === viewer.id}
                  onChange={() => setViewerId(p.id)}
                />{' '}
                {nameOf(p)}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {active.length > 0 && <StripLegend />}

      {people.map((person) => (
        <PersonSection
          key={person.id}
          person={person}
          viewer={viewer}
          view={view}
          commitments={active.filter((c) => c.authorId === person.id)}
        >
          {/* A new one goes with the viewer's own, not under the other's list. */}
          {person.id === viewer.id && (
            <NewCommitmentArea
              key={`${viewer.id}:${view.today}`}
              viewer={viewer}
              today={view.today}
              shared={here.length > 1}
              startOpen={!active.some((c) => c.authorId === viewer.id)}
            />
          )}
        </PersonSection>
      ))}

      {retired.length > 0 && (
        <section className="card retired" aria-labelledby="retired-title">
          <h2 id="retired-title">Retired</h2>
          <p className="muted">
            Retired commitments don’t come up any more. Their record stays, just as it was.
          </p>
          <details>
            <summary>
              Show{' '}
              {view.retiredTotal === 1
                ? 'the retired commitment'
                : `${String(view.retiredTotal)} retired commitments`}
            </summary>
            {retired.map((c) => (
              <CommitmentCard
                key={c.id}
                commitment={c}
                viewer={viewer}
                partners={view.partners}
                today={view.today}
              />
            ))}
            {view.retiredNext !== null && (
              <button type="button" onClick={pages.showOlder} disabled={pages.loadingOlder}>
                Show older
              </button>
            )}
          </details>
        </section>
      )}
    </div>
  );
}

/** Existing commitments come first; a new one is a button away (open when there are none). */
function NewCommitmentArea({
  viewer,
  today,
  shared,
  startOpen,
}: {
  viewer: Partner;
  today: string;
  shared: boolean;
  startOpen: boolean;
}) {
  // Words typed before leaving the screen are waiting in the form: show it.
  const [open, setOpen] = useState(() => startOpen || hasDraft(newCommitmentDraftKey(viewer.id)));
  if (!open) {
    return (
      <p className="new-commitment-open">
        <button type="button" className="primary" onClick={() => setOpen(true)}>
          New commitment…
        </button>
      </p>
    );
  }
  return <NewCommitmentForm author={viewer} today={today} shared={shared} autoFocus={!startOpen} />;
}

function PersonSection({
  person,
  viewer,
  view,
  commitments,
  children,
}: {
  person: Partner;
  viewer: Partner;
  view: CommitmentsView;
  commitments: CommitmentView[];
  children?: ReactNode;
}) {
  const name = nameOf(person);
  const titleId = `commitments-of-${person.id}`;
  const own = person.id === viewer.id;
  return (
    <section className="commitment-group" aria-labelledby={titleId}>
      <h2 id={titleId}>{name}’s commitments</h2>
      {commitments.length === 0 && <p className="muted">{emptyText(person, own, name)}</p>}
      {commitments.map((c) => (
        <CommitmentCard
          key={c.id}
          commitment={c}
          viewer={viewer}
          partners={view.partners}
          today={view.today}
        />
      ))}
      {children}
    </section>
  );
}

function emptyText(person: Partner, own: boolean, name: string): string {
  if (own) {
    return 'None yet. One small, concrete promise is a good start — something you can keep on an ordinary day.';
  }
  if (!person.onThisComputer) {
    return `${name} writes their commitments on their own computer. Once your two Nuzzles are connected, they’ll show up here with their record. Until then, yours are kept safely on this computer.`;
  }
  return `${name} hasn’t written a commitment yet.`;
}
