// A gentle Today card when no note was written for a while (never a notification). One line
// per person on this computer it applies to, a way to write, and "Not today".

import { useState } from 'react';
import type { NoteNudge } from '../../../../shared/notes.ts';
import { call, errorWords } from '../../api.ts';
import { displayName } from '../../format.ts';
import { useChannel } from '../../use-channel.ts';
import './notes.css';

export function NoteNudgeCard() {
  const { data } = useChannel('notes:nudges', ['notes', 'clock', 'settings']);
  const [error, setError] = useState<string | null>(null);
  if (!data || data.length === 0) return null;

  const dismiss = async (nudge: NoteNudge) => {
    try {
      await call('notes:dismiss-nudge', { authorId: nudge.partner.id });
      setError(null);
    } catch (e) {
      setError(errorWords(e));
    }
  };

  // Address people by name when it could be either of you at the screen.
  const named = data.length > 1 || data.some((n) => n.partner.role !== 'me');
  return (
    <section
      className="card note-nudge"
      aria-labelledby="note-nudge-title"
      data-testid="note-nudge"
    >
      <h2 id="note-nudge-title">A note, maybe?</h2>
      <ul className="note-nudges">
        {data.map((nudge) => {
          const writer = displayName(nudge.partner.name, 'You');
          const to = displayName(nudge.recipient.name, 'your partner');
          const textId = `note-nudge-${nudge.partner.id}`;
          return (
            <li key={nudge.partner.id}>
              <p id={textId}>
                {/* An invitation, never a count of the quiet days. */}
                {named ? `${writer}, a` : 'A'} few kind words for {to}? One small thing you noticed
                lately is plenty.
              </p>
              <div className="note-actions">
                <a className="button-link" href={`#/notes?as=${nudge.partner.id}&write=1`}>
                  Write to {to}
                </a>
                <button type="button" aria-describedby={textId} onClick={() => void dismiss(nudge)}>
                  Not today
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
