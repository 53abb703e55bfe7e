// Notes: write to your partner, read what they wrote, and see how appreciation flows.
// On a shared computer, one choice says who is here right now (`#/notes?as=<id>`; default: me):
// they write as themselves and read their own inbox.

import { useState } from 'react';
import type { NotesView } from '../../../../shared/notes.ts';
import { displayName } from '../../format.ts';
import { navigate, useRoute } from '../../router.ts';
import { FlowChart } from './FlowChart.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { Inbox, Sent, type InboxShow } from './NoteLists.tsx';
import { NoteSettingsCard } from './NoteSettingsCard.tsx';
import { useChannel } from '../../use-channel.ts';
import './notes.css';

const PAGE = 50;

export function NotesScreen() {
  const route = useRoute();
  const asked = route.params.get('as') ?? undefined;
  const [show, setShow] = useState<InboxShow>('all');
  const [limit, setLimit] = useState(PAGE);
  const { data, error } = useChannel('notes:view', ['notes', 'settings', 'clock'], {
    ...(asked ? { readerId: asked } : {}),
    show,
    limit,
  });

  return (
    <div className="screen notes">
      <header className="screen-header">
        <h1>Notes</h1>
        <p className="lede">
          A few words about something you noticed and valued. Small and specific is plenty.
        </p>
      </header>
      {error && (
        <p role="alert" className="banner">
          {error} {asked && <a href="#/notes">Show my notes</a>}
        </p>
      )}
      {!data && !error && <p className="muted">Loading…</p>}
      {data && (
        <NotesContent
          view={data}
          selectedId={asked ?? meOf(data)}
          show={show}
          onShow={setShow}
          onMore={() => setLimit((l) => l + PAGE)}
        />
      )}
    </div>
  );
}

function meOf(view: NotesView): string {
  return view.here.find((h) => h.partner.role === 'me')?.partner.id ?? view.viewer.id;
}

function NotesContent({
  view,
  selectedId,
  show,
  onShow,
  onMore,
}: {
  view: NotesView;
  selectedId: string;
  show: InboxShow;
  onShow: (show: InboxShow) => void;
  onMore: () => void;
}) {
  const recipientName = displayName(view.recipient.name, 'your partner');
  return (
    <>
      {view.here.length > 1 && (
        <fieldset className="card who-toggle notes-who">
          <legend>Writing and reading as</legend>
          {view.here.map(({ partner, unread }) => (
            <label key={partner.id}>
              <input
                type="radio"
                name="notes-who"
                checked={selectedId === partner.id}
                onChange={() => navigate(`notes?as=${partner.id}`)}
              />{' '}
              {displayName(partner.name, partner.role === 'me' ? 'Me' : 'Partner')}
              {unread > 0 ? ` (${String(unread)} new)` : ''}
            </label>
          ))}
        </fieldset>
      )}
      <section className="card notes-write" aria-labelledby="notes-write-title">
        <h2 id="notes-write-title">Write to {recipientName}</h2>
        <NoteComposer
          // A different writer is a different draft.
          key={view.viewer.id}
          author={view.viewer}
          recipient={view.recipient}
          promptSeed={`${view.today}:${view.viewer.id}`}
        />
      </section>
      <Inbox view={view} show={show} onShow={onShow} onMore={onMore} />
      <Sent view={view} onMore={onMore} />
      <FlowChart weeks={view.flow} partnerName={view.recipient.name} />
      <NoteSettingsCard />
    </>
  );
}
