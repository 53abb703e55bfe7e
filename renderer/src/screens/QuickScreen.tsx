// The quick check-in window the tray opens: keyboard-first. Digits 1–5 pick a value and move
// on, Enter saves, Esc closes. It is created hidden ahead of time, so it opens instantly, and
// the shell sizes it to this page's content (preferred-size mode), so it never scrolls.

import { useEffect, useRef, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import type { Partner, Score, TodayView } from '../../../shared/domain.ts';
import { call } from '../api.ts';
import { SCALES, ScoreField, focusScore } from '../components/ScoreField.tsx';
import { displayName } from '../format.ts';
import type { Route } from '../router.ts';
import { useChannel } from '../use-channel.ts';
import { QuestionCard } from '../features/questions/QuestionCard.tsx';
import { StatusLine, failure, saved, type StatusMessage } from '../components/StatusLine.tsx';
import './quick.css';

/** How long "Saved" stays before the window closes by itself (unless the person moves on). */
export const SAVED_LINGER_MS = 2000;

/** Closing hides the pre-created window in Electron (the shell keeps it for next time). */
function closeWindow(): void {
  window.close();
}

export function QuickScreen({ route }: { route: Route }) {
  const { data, error } = useChannel('today:get', ['settings', 'clock']);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  if (route.params.get('view') === 'question') return <QuickQuestion view={data} />;
  const here = data.partners.filter((p) => p.partner.onThisComputer);
  const asked = here.find((p) => p.partner.id === route.params.get('partner'));
  const first = asked ?? here.find((p) => !p.checkin) ?? here[0];
  if (!first) return <p className="muted">Nobody checks in on this computer yet.</p>;
  return (
    <QuickForm
      key={`${first.partner.id}:${route.params.toString()}`}
      view={data}
      initial={first.partner}
      afterMood={route.params.get('after') === 'mood'}
    />
  );
}

function QuickForm({
  view,
  initial,
  afterMood,
}: {
  view: TodayView;
  initial: Partner;
  afterMood: boolean;
}) {
  const here = view.partners.filter((p) => p.partner.onThisComputer);
  const [partnerId, setPartnerId] = useState(initial.id);
  const existing = here.find((p) => p.partner.id === partnerId)?.checkin ?? null;
  const [mood, setMood] = useState<Score | null>(existing?.mood ?? null);
  const [closeness, setCloseness] = useState<Score | null>(
    afterMood ? null : (existing?.closeness ?? null),
  );
  const [settled, setSettled] = useState<Score | null>(
    afterMood ? null : (existing?.settled ?? null),
  );
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const closeTimer = useRef<number | undefined>(undefined);

  // The confirmation stays until the person moves on (changes something, or the window is
  // hidden) or for a couple of seconds, then the window closes by itself.
  const moveOn = () => {
    window.clearTimeout(closeTimer.current);
    closeTimer.current = undefined;
    setMessage(null);
  };
  useEffect(() => {
    const onHidden = () => {
      if (document.hidden) moveOn();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.clearTimeout(closeTimer.current);
    };
  }, []);

  const focusField = (index: number) => focusScore(formRef.current, index);

  useEffect(() => {
    focusField(afterMood ? 1 : 0);
  }, [afterMood]);

  const save = async (event?: SyntheticEvent) => {
    event?.preventDefault();
    if (mood === null || closeness === null || settled === null) {
      setMessage({ error: true, text: 'Pick 1–5 for each line, then press Enter.' });
      return;
    }
    try {
      await call('checkins:save', {
        partnerId,
        localDate: view.today,
        mood,
        closeness,
        settled,
        note: existing?.note ?? '',
        shared: existing?.shared ?? '',
      });
      setMessage(saved('Saved. Thank you for checking in.'));
      window.clearTimeout(closeTimer.current);
      closeTimer.current = window.setTimeout(() => {
        closeTimer.current = undefined;
        closeWindow();
      }, SAVED_LINGER_MS);
    } catch (e) {
      setMessage(failure(e));
    }
  };

  // Each partner's own answers (or none yet): never carry one person's picks to the other.
  const switchTo = (id: string) => {
    moveOn();
    const theirs = here.find((p) => p.partner.id === id)?.checkin ?? null;
    setPartnerId(id);
    setMood(theirs?.mood ?? null);
    setCloseness(theirs?.closeness ?? null);
    setSettled(theirs?.settled ?? null);
    focusField(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      moveOn();
      closeWindow();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      void save();
    }
  };

  const who = here.find((p) => p.partner.id === partnerId)?.partner;
  return (
    <form
      ref={formRef}
      className="quick"
      onSubmit={(e) => void save(e)}
      onKeyDown={onKeyDown}
      aria-labelledby="quick-title"
    >
      <h1 id="quick-title">
        {afterMood
          ? 'Mood saved. Add a little more?'
          : `Check in${who ? `, ${displayName(who.name, 'you')}` : ''}`}
      </h1>
      {here.length > 1 && (
        <fieldset className="segmented quick-who">
          <legend>Who’s checking in?</legend>
          {here.map((p) => (
            <label key={p.partner.id}>
              <input
                type="radio"
                name="quick-who"
                checked={partnerId === p.partner.id}
                onChange={() => switchTo(p.partner.id)}
              />{' '}
              {displayName(p.partner.name, p.partner.role === 'me' ? 'Me' : 'Partner')}
              {p.checkin ? ' ✓' : ''}
            </label>
          ))}
        </fieldset>
      )}
      <ScoreField
        name="quick-mood"
        scale={SCALES.mood}
        value={mood}
        onChange={(value) => {
          moveOn();
          setMood(value);
        }}
        onPicked={() => focusField(1)}
      />
      <ScoreField
        name="quick-closeness"
        scale={SCALES.closeness}
        value={closeness}
        onChange={(value) => {
          moveOn();
          setCloseness(value);
        }}
        onPicked={() => focusField(2)}
      />
      <ScoreField
        name="quick-settled"
        scale={SCALES.settled}
        value={settled}
        onChange={(value) => {
          moveOn();
          setSettled(value);
        }}
        onPicked={() => focusField(3)}
      />
      <div className="quick-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <StatusLine message={message} />
      </div>
      <p className="quick-foot">
        <span className="hint" aria-hidden="true">
          1–5 pick · Enter saves · Esc closes
        </span>
        <a href="#/quick?view=question">Today’s question</a>
      </p>
    </form>
  );
}

/** The quick window on today's question: answer in a few words; Esc closes. */
function QuickQuestion({ view }: { view: TodayView }) {
  return (
    <div
      className="quick"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          closeWindow();
        }
      }}
    >
      <QuestionCard partners={view.partners.map((p) => p.partner)} compact />
      <p className="hint">Ctrl+Enter (⌘+Enter) answers · Esc closes</p>
      <p>
        <a href="#/quick">Back to the check-in</a>
      </p>
    </div>
  );
}
