// The quick check-in window the tray opens: keyboard-first. Digits 1–5 pick a value and move
// on, Enter saves, Esc closes. It is created hidden ahead of time, so it opens instantly.

import { useEffect, useRef, useState, type SyntheticEvent, type KeyboardEvent } from 'react';
import type { Partner, Score, TodayView } from '../../../shared/domain.ts';
import { call } from '../api.ts';
import { SCALES, ScoreField, focusScore } from '../components/ScoreField.tsx';
import { displayName } from '../format.ts';
import type { Route } from '../router.ts';
import { useChannel } from '../use-channel.ts';
import { QuestionCard } from '../features/questions/QuestionCard.tsx';
import { StatusLine, failure, saved, type StatusMessage } from '../components/StatusLine.tsx';

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
      window.setTimeout(closeWindow, 700);
    } catch (e) {
      setMessage(failure(e));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
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
        <fieldset className="who-toggle">
          <legend>Who’s checking in?</legend>
          {here.map((p) => (
            <label key={p.partner.id}>
              <input
                type="radio"
                name="quick-who"
                checked={partnerId === p.partner.id}
                onChange={() => setPartnerId(p.partner.id)}
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
        onChange={setMood}
        onPicked={() => focusField(1)}
      />
      <ScoreField
        name="quick-closeness"
        scale={SCALES.closeness}
        value={closeness}
        onChange={setCloseness}
        onPicked={() => focusField(2)}
      />
      <ScoreField
        name="quick-settled"
        scale={SCALES.settled}
        value={settled}
        onChange={setSettled}
        onPicked={() => focusField(3)}
      />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <span className="hint" aria-hidden="true">
          1–5 to pick · Enter to save · Esc to close
        </span>
      </div>
      <StatusLine message={message} />
      <p className="quick-question-link">
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
