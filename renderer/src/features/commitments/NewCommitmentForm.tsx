// Writing a new commitment: the words, how often it comes up, when it starts and, if wanted,
// a day to look at it again together. The core checks everything and explains any refusal.

import { useState, type SyntheticEvent } from 'react';
import { COMMITMENT_TEXT_MAX_LENGTH } from '../../../../shared/commitments.ts';
import type { Partner } from '../../../../shared/domain.ts';
import { call } from '../../api.ts';
import { useDraft } from '../../drafts.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { displayName, longDate } from '../../format.ts';
import { LimitedTextarea } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The words of a commitment not yet added; a kept one opens the form again on return. */
export const newCommitmentDraftKey = (authorId: string) => `new-commitment:${authorId}`;

interface Props {
  author: Partner;
  today: string;
  /** Both partners use this computer: say whose commitment this will be. */
  shared: boolean;
  /** Opened from the "New commitment…" button: start typing straight away. */
  autoFocus?: boolean;
}

export function NewCommitmentForm({ author, today, shared, autoFocus = false }: Props) {
  const draft = newCommitmentDraftKey(author.id);
  const [text, setText, forgetText] = useDraft(draft, '');
  const [often, setOften, forgetOften] = useDraft<'daily' | 'weekdays'>(`${draft}:often`, 'daily');
  const [days, setDays, forgetDays] = useDraft<number[]>(`${draft}:days`, []);
  const [startDate, setStartDate, forgetStart] = useDraft(`${draft}:start:${today}`, today);
  const [reviewDate, setReviewDate, forgetReview] = useDraft(`${draft}:review`, '');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const name = displayName(author.name, 'you');

  const toggleDay = (day: number) =>
    setDays((d) => (d.includes(day) ? d.filter((x) => x !== day) : [...d, day].sort()));

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await call('commitments:create', {
        actorId: author.id,
        text,
        schedule: often === 'daily' ? { kind: 'daily' } : { kind: 'weekdays', days },
        startDate,
        reviewDate: reviewDate === '' ? null : reviewDate,
      });
      setText('');
      setReviewDate('');
      for (const forget of [forgetText, forgetOften, forgetDays, forgetStart, forgetReview])
        forget();
      setMessage(
        saved(
          created.startDate === today
            ? `Added. It will come up in ${shared ? `${name}’s` : 'your'} check-in on the days it’s due.`
            : `Added. It starts on ${longDate(created.startDate)}.`,
        ),
      );
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card new-commitment"
      aria-labelledby="new-commitment-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h2 id="new-commitment-title">
        {shared ? `A new commitment for ${name}` : 'A new commitment'}
      </h2>
      <label className="field" htmlFor="commitment-text">
        What will you do?
      </label>
      <LimitedTextarea
        limit={FIELD_LIMITS.commitment}
        id="commitment-text"
        value={text}
        rows={2}
        autoFocus={autoFocus}
        aria-describedby="commitment-text-hint"
        onChange={(e) => setText(e.target.value)}
      />
      <p id="commitment-text-hint" className="hint">
        Concrete and small works best, like “I’ll text if I’m running more than 15 minutes late.” Up
        to {COMMITMENT_TEXT_MAX_LENGTH} characters.
      </p>
      <fieldset className="choice">
        <legend>How often does it come up?</legend>
        <label>
          <input
            type="radio"
            name="commitment-often"
            checked={often === 'daily'}
            onChange={() => setOften('daily')}
          />{' '}
          Every day
        </label>
        <label>
          <input
            type="radio"
            name="commitment-often"
            checked={often === 'weekdays'}
            onChange={() => setOften('weekdays')}
          />{' '}
          On the days I choose
        </label>
      </fieldset>
      {often === 'weekdays' && (
        <fieldset className="days">
          <legend>Which days?</legend>
          {DAYS.map((d, i) => (
            <label key={d} className="day-toggle">
              <input
                type="checkbox"
                checked={days.includes(i)}
                onChange={() => toggleDay(i)}
                aria-label={DAY_NAMES[i]}
              />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="inline-form commitment-dates">
        <label>
          Starts on
          <input
            type="date"
            value={startDate}
            min={today}
            onChange={(e) => setStartDate(e.target.value)}
          />
        </label>
        <label>
          <span>
            Look at it together on <span className="optional">(optional)</span>
          </span>
          <input
            type="date"
            value={reviewDate}
            min={startDate}
            onChange={(e) => setReviewDate(e.target.value)}
          />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Add commitment
        </button>
        <StatusLine message={message} />
      </div>
    </form>
  );
}
