// The small "Write a note…" window the tray opens (route #/note, or #/note?as=<id> to say who
// is writing). Keyboard-first: the text has focus, Ctrl/⌘+Enter sends, Esc keeps the draft
// and closes. The draft is restored the next time the window opens.

import { useState } from 'react';
import { displayName } from '../../format.ts';
import { navigate, useRoute } from '../../router.ts';
import { NoteComposer } from './NoteComposer.tsx';
import { useChannel } from '../../use-channel.ts';
import './notes.css';

/** In Electron the shell hides (or closes) this window; the harness counts the request. */
function closeWindow(): void {
  window.close();
}

export function NoteWindow() {
  const route = useRoute();
  const asked = route.params.get('as') ?? undefined;
  const [choice, setChoice] = useState<{ id: string; from: string | undefined } | null>(null);
  const { data, error } = useChannel('notes:view', ['settings', 'clock'], {
    ...(asked ? { readerId: asked } : {}),
    limit: 1,
  });
  if (error) {
    return (
      <div className="note-window">
        <h1>Write a note</h1>
        <p role="alert">{error}</p>
      </div>
    );
  }
  if (!data) return <p className="muted">Loading…</p>;
  const recipientName = displayName(data.recipient.name, 'your partner');
  // The choice shows the moment it is clicked (the route only changes on the next hash
  // event, and a controlled radio would spring back until then); the composer follows once
  // the new view has loaded.
  const clicked = choice && choice.from === asked ? choice.id : null;
  const selectedId =
    clicked ??
    asked ??
    data.here.find((h) => h.partner.role === 'me')?.partner.id ??
    data.viewer.id;
  return (
    <div className="note-window">
      <h1>A note for {recipientName}</h1>
      {data.here.length > 1 && (
        <fieldset className="who-toggle">
          <legend>Writing as</legend>
          {data.here.map(({ partner }) => (
            <label key={partner.id}>
              <input
                type="radio"
                name="note-window-who"
                checked={selectedId === partner.id}
                onChange={() => {
                  setChoice({ id: partner.id, from: asked });
                  navigate(`note?as=${partner.id}`);
                }}
              />{' '}
              {displayName(partner.name, partner.role === 'me' ? 'Me' : 'Partner')}
            </label>
          ))}
        </fieldset>
      )}
      <NoteComposer
        key={data.viewer.id}
        compact
        author={data.viewer}
        recipient={data.recipient}
        promptSeed={`${data.today}:${data.viewer.id}`}
        onClose={closeWindow}
      />
    </div>
  );
}
