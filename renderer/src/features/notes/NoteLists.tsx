// The two lists on the Notes screen: notes received (newest first, unread marked, mark as read,
// keep as favourite) and notes written (which their author may delete, for both of you), each
// a page of ten at a time.

import { useEffect, useRef, useState } from 'react';
import type { Note, NotesView, ReceivedNote } from '../../../../shared/notes.ts';
import { call } from '../../api.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { displayName, plural, shortDate } from '../../format.ts';
import { NotePager, type PageOf } from './NotePager.tsx';
import './notes.css';

export type InboxShow = 'all' | 'favourites';

interface InboxProps {
  view: NotesView;
  show: InboxShow;
  onShow: (show: InboxShow) => void;
  page: PageOf;
}

export function Inbox({ view, show, onShow, page }: InboxProps) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const viewerName = displayName(view.viewer.name, 'you');
  const fromName = displayName(view.recipient.name, 'your partner');
  const readerId = view.viewer.id;

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setMessage(null);
    } catch (e) {
      setMessage(failure(e));
    }
  };

  return (
    <section className="card notes-inbox" aria-labelledby="notes-inbox-title">
      <h2 id="notes-inbox-title" ref={headingRef} tabIndex={-1}>
        Notes for {viewerName}
      </h2>
      <p className="muted" data-testid="notes-unread">
        {view.unread > 0 ? `${plural(view.unread, 'new note')} to read.` : 'All read.'}
      </p>
      <fieldset className="note-filter">
        <legend>Show</legend>
        <label>
          <input
            type="radio"
            name="notes-show"
            checked={show === 'all'}
            onChange={() => onShow('all')}
          />{' '}
          All notes
        </label>
        <label>
          <input
            type="radio"
            name="notes-show"
            checked={show === 'favourites'}
            onChange={() => onShow('favourites')}
          />{' '}
          Favourites ({view.favourites})
        </label>
      </fieldset>
      {view.inbox.length === 0 ? (
        <p className="muted note-empty">
          {show === 'favourites'
            ? 'No favourites yet. Keep a note as a favourite and it will wait for you here.'
            : view.recipient.onThisComputer
              ? `No notes for you yet. When ${fromName} writes one, it will be here.`
              : `Notes ${fromName} writes to you will show up here once your two Nuzzles are connected. Until then this stays empty — nothing is missing.`}
        </p>
      ) : (
        <ul className="note-list" aria-label={`Notes for ${viewerName}`}>
          {view.inbox.map((note) => (
            <ReceivedItem
              key={note.id}
              note={note}
              fromName={fromName}
              onRead={(read) =>
                void act(() => call('notes:mark-read', { id: note.id, readerId, read }))
              }
              onFavourite={(favourite) =>
                void act(() => call('notes:favourite', { id: note.id, readerId, favourite }))
              }
            />
          ))}
        </ul>
      )}
      <NotePager
        label={`Notes for ${viewerName}`}
        page={page}
        onPaged={() => headingRef.current?.focus()}
      />
      <StatusLine message={message} />
    </section>
  );
}

function ReceivedItem({
  note,
  fromName,
  onRead,
  onFavourite,
}: {
  note: ReceivedNote;
  fromName: string;
  onRead: (read: boolean) => void;
  onFavourite: (favourite: boolean) => void;
}) {
  const titleId = `note-${note.id}-title`;
  return (
    <li className={note.read ? 'note' : 'note note-unread'} data-testid="received-note">
      <article aria-labelledby={titleId}>
        <div className="note-head">
          <h3 id={titleId}>
            From {fromName} · {shortDate(note.writtenOn)}
          </h3>
          {!note.read && <span className="note-badge">New</span>}
          {note.favourite && (
            <span className="note-fav-mark">
              <span aria-hidden="true">★</span> Favourite
            </span>
          )}
        </div>
        <p className="note-text">{note.text}</p>
        <div className="note-actions">
          <button type="button" onClick={() => onRead(!note.read)}>
            {note.read ? 'Mark as unread' : 'Mark as read'}
          </button>
          <button
            type="button"
            aria-pressed={note.favourite}
            onClick={() => onFavourite(!note.favourite)}
          >
            <span aria-hidden="true">{note.favourite ? '★' : '☆'}</span> Keep as favourite
          </button>
        </div>
      </article>
    </li>
  );
}

export function Sent({ view, page }: { view: NotesView; page: PageOf }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toName = displayName(view.recipient.name, 'your partner');
  const authorId = view.viewer.id;

  const remove = async (note: Note) => {
    try {
      await call('notes:delete', { id: note.id, authorId });
      setConfirming(null);
      setMessage(saved('Deleted. It’s gone for both of you.'));
      headingRef.current?.focus();
    } catch (e) {
      setMessage(failure(e));
    }
  };

  return (
    <section className="card notes-sent" aria-labelledby="notes-sent-title">
      <h2 id="notes-sent-title" ref={headingRef} tabIndex={-1}>
        Notes you wrote
      </h2>
      {view.sent.length === 0 ? (
        <p className="muted note-empty">Nothing sent yet. A first note can be a single line.</p>
      ) : (
        <ul className="note-list" aria-label="Notes you wrote">
          {view.sent.map((note) => (
            <SentItem
              key={note.id}
              note={note}
              toName={toName}
              confirming={confirming === note.id}
              onAsk={() => {
                setMessage(null);
                setConfirming(note.id);
              }}
              onCancel={() => setConfirming(null)}
              onDelete={() => void remove(note)}
            />
          ))}
        </ul>
      )}
      <NotePager label="Notes you wrote" page={page} onPaged={() => headingRef.current?.focus()} />
      <StatusLine message={message} />
    </section>
  );
}

function SentItem({
  note,
  toName,
  confirming,
  onAsk,
  onCancel,
  onDelete,
}: {
  note: Note;
  toName: string;
  confirming: boolean;
  onAsk: () => void;
  onCancel: () => void;
  onDelete: () => void;
}) {
  const titleId = `note-${note.id}-title`;
  const keepRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: to "Keep it" when asked, back to "Delete…" when kept.
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) askRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <li className="note" data-testid="sent-note">
      <article aria-labelledby={titleId}>
        <div className="note-head">
          <h3 id={titleId}>
            To {toName} · {shortDate(note.writtenOn)}
          </h3>
        </div>
        <p className="note-text">{note.text}</p>
        {confirming ? (
          <div className="note-confirm" role="group" aria-label="Delete this note?">
            <p>Delete this note? It will disappear for {toName} too.</p>
            <div className="note-actions">
              <button type="button" className="danger" onClick={onDelete}>
                Yes, delete it
              </button>
              <button type="button" ref={keepRef} onClick={onCancel}>
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <div className="note-actions">
            <button type="button" ref={askRef} onClick={onAsk}>
              Delete…
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
