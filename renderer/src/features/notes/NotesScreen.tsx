// Notes: read what your partner wrote and what you wrote, a page at a time, and write a new one
// behind "Write a note" (open straight away when there are no notes yet, when a draft is
// waiting, or when a link asked for it: `#/notes?write=1`).
// On a shared computer, one choice says who is here right now (`#/notes?as=<id>`; default: me):
// they write as themselves and read their own inbox.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { NotesView } from '../../../../shared/notes.ts';
import { call } from '../../api.ts';
import { displayName } from '../../format.ts';
import { navigate, useRoute } from '../../router.ts';
import { FlowChart } from './FlowChart.tsx';
import { NoteComposer } from './NoteComposer.tsx';
import { Inbox, Sent, type InboxShow } from './NoteLists.tsx';
import { NOTES_PAGE } from './NotePager.tsx';
import { NoteSettingsCard } from './NoteSettingsCard.tsx';
import { useChannel } from '../../use-channel.ts';
import './notes.css';

export function NotesScreen() {
  const route = useRoute();
  const asked = route.params.get('as') ?? undefined;
  // Someone else reading now starts both lists again at their newest note.
  return <NotesFor key={asked ?? 'me'} asked={asked} askedToWrite={route.params.has('write')} />;
}

const lastPage = (total: number) => Math.max(0, Math.ceil(total / NOTES_PAGE) - 1) * NOTES_PAGE;

function NotesFor({ asked, askedToWrite }: { asked?: string; askedToWrite: boolean }) {
  const [show, setShow] = useState<InboxShow>('all');
  const [inboxOffset, setInboxOffset] = useState(0);
  const [sentOffset, setSentOffset] = useState(0);
  const { data, error } = useChannel('notes:view', ['notes', 'settings', 'clock'], {
    ...(asked ? { readerId: asked } : {}),
    show,
    limit: NOTES_PAGE,
    inboxOffset,
    sentOffset,
  });

  // A page emptied by a deletion (or notes removed elsewhere) steps back to the last page.
  if (data && inboxOffset > 0 && inboxOffset >= data.inboxTotal) {
    setInboxOffset(lastPage(data.inboxTotal));
  }
  if (data && sentOffset > 0 && sentOffset >= data.sentTotal) {
    setSentOffset(lastPage(data.sentTotal));
  }

  return (
    <div className="screen notes">
      {error && (
        <p role="alert" className="banner">
          {error} {asked && <a href="#/notes">Show my notes</a>}
        </p>
      )}
      {!data && !error && (
        <>
          <NotesHeader />
          <p className="muted">Loading…</p>
        </>
      )}
      {data && (
        <NotesContent
          // A different writer is a different composer, draft and open state.
          key={data.viewer.id}
          view={data}
          selectedId={asked ?? meOf(data)}
          askedToWrite={askedToWrite}
          show={show}
          onShow={(next) => {
            setShow(next);
            setInboxOffset(0);
          }}
          inboxOffset={inboxOffset}
          onInboxPage={setInboxOffset}
          sentOffset={sentOffset}
          onSentPage={setSentOffset}
        />
      )}
    </div>
  );
}

function NotesHeader({ action }: { action?: ReactNode }) {
  return (
    <header className="screen-header notes-header">
      <div>
        <h1>Notes</h1>
        <p className="lede">
          A few words about something you noticed and valued. Small and specific is plenty.
        </p>
      </div>
      {action}
    </header>
  );
}

function meOf(view: NotesView): string {
  return view.here.find((h) => h.partner.role === 'me')?.partner.id ?? view.viewer.id;
}

/** Open the composer straight away when there is nothing to read yet, a link asked for it,
 *  or this writer left a draft; otherwise the notes come first and "Write a note" opens it. */
function useComposerOpen(view: NotesView, askedToWrite: boolean) {
  const empty = view.inboxTotal === 0 && view.sentTotal === 0;
  const [open, setOpen] = useState(empty || askedToWrite);
  const authorId = view.viewer.id;
  useEffect(() => {
    let live = true;
    call('notes:draft-get', { authorId })
      .then((draft) => {
        if (live && draft.text.trim() !== '') setOpen(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [authorId]);
  return [open, setOpen] as const;
}

function NotesContent({
  view,
  selectedId,
  askedToWrite,
  show,
  onShow,
  inboxOffset,
  onInboxPage,
  sentOffset,
  onSentPage,
}: {
  view: NotesView;
  selectedId: string;
  askedToWrite: boolean;
  show: InboxShow;
  onShow: (show: InboxShow) => void;
  inboxOffset: number;
  onInboxPage: (offset: number) => void;
  sentOffset: number;
  onSentPage: (offset: number) => void;
}) {
  const recipientName = displayName(view.recipient.name, 'your partner');
  const [writing, setWriting] = useComposerOpen(view, askedToWrite);
  // Focus goes into the composer when someone asks for it, and back to the button on close.
  const [focusComposer, setFocusComposer] = useState(false);
  // The person picked shows as picked at once, while the route changes and their notes load
  // (left to the route alone, the radio sprang back to the one before for a moment).
  const [picked, setPicked] = useState<string | null>(null);
  const writeButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (!writing && closed.current) writeButton.current?.focus();
    closed.current = false;
  }, [writing]);

  return (
    <>
      <NotesHeader
        action={
          !writing && (
            <button
              type="button"
              className="primary"
              ref={writeButton}
              onClick={() => {
                setFocusComposer(true);
                setWriting(true);
              }}
            >
              Write a note
            </button>
          )
        }
      />
      {view.here.length > 1 && (
        <fieldset className="card who-toggle notes-who">
          <legend>Writing and reading as</legend>
          {view.here.map(({ partner, unread }) => (
            <label key={partner.id}>
              <input
                type="radio"
                name="notes-who"
                checked={(picked ?? selectedId) === partner.id}
                onChange={() => {
                  setPicked(partner.id);
                  navigate(`notes?as=${partner.id}`);
                }}
              />{' '}
              {displayName(partner.name, partner.role === 'me' ? 'Me' : 'Partner')}
              {unread > 0 ? ` (${String(unread)} new)` : ''}
            </label>
          ))}
        </fieldset>
      )}
      {writing && (
        <section className="card notes-write" aria-labelledby="notes-write-title">
          <div className="notes-write-head">
            <h2 id="notes-write-title">Write to {recipientName}</h2>
            <button
              type="button"
              className="link"
              onClick={() => {
                closed.current = true;
                setWriting(false);
              }}
            >
              Close <span className="visually-hidden">the note</span>
            </button>
          </div>
          <NoteComposer
            author={view.viewer}
            recipient={view.recipient}
            promptSeed={`${view.today}:${view.viewer.id}`}
            focusOnOpen={focusComposer}
          />
        </section>
      )}
      <Inbox
        view={view}
        show={show}
        onShow={onShow}
        page={{
          offset: inboxOffset,
          total: view.inboxTotal,
          shown: view.inbox.length,
          onPage: onInboxPage,
        }}
      />
      <Sent
        view={view}
        page={{
          offset: sentOffset,
          total: view.sentTotal,
          shown: view.sent.length,
          onPage: onSentPage,
        }}
      />
      <FlowChart weeks={view.flow} partnerName={view.recipient.name} />
      <NoteSettingsCard />
    </>
  );
}
