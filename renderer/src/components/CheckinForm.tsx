// The full check-in for one partner: three 1–5 scales and two optional notes. Saving goes
// through IPC into SQLite; the saved row comes back and the Today view re-reads it. The form
// is never rebuilt by a save: the confirmation stays and focus stays where the person is.
// What is typed lives in a draft (drafts.ts), so switching screens or partners loses nothing.

import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Checkin, Partner, Score } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { call, errorWords } from '../api.ts';
import { useDraft } from '../drafts.ts';
import { CheckinCommitments } from '../features/commitments/CheckinCommitments.tsx';
import { SCALES, ScoreField, focusScore } from './ScoreField.tsx';
import { LimitedTextarea } from './LimitedText.tsx';
import { FIELD_LIMITS } from '../../../shared/field-limits.ts';

interface Props {
  partner: Partner;
  today: LocalDate;
  existing: Checkin | null;
  /** "Your check-in" vs "Sam's check-in". */
  title: string;
  /** On a shared computer: the other partner, if they haven't checked in yet. */
  next?: { name: string; go: () => void } | undefined;
  /** Put focus on the first question when the form appears (partner switched, first open). */
  autoFocus?: boolean;
}

interface Values {
  mood: Score | null;
  closeness: Score | null;
  settled: Score | null;
  note: string;
  shared: string;
}

const valuesOf = (c: Checkin | null): Values => ({
  mood: c?.mood ?? null,
  closeness: c?.closeness ?? null,
  settled: c?.settled ?? null,
  note: c?.note ?? '',
  shared: c?.shared ?? '',
});

type Status = { kind: 'idle' | 'saved' | 'error'; text: string };

export function CheckinForm({ partner, today, existing, title, next, autoFocus }: Props) {
  const draftKey = `checkin:${partner.id}:${today}`;
  // Unsaved changes only; null means "show what is stored".
  const [draft, setDraft, forget] = useDraft<Values | null>(draftKey, null);
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const values = draft ?? valuesOf(existing);
  const idBase = `checkin-${partner.id}`;
  const [wordsOpen, setWordsOpen] = useState(values.note !== '' || values.shared !== '');

  useEffect(() => {
    if (autoFocus) focusScore(formRef.current, 0);
  }, [autoFocus]);

  // After a save, focus moves on to the other partner's turn if there is one, otherwise to
  // the confirmation itself, so it is read out and the next Tab goes on from there. The form
  // is not rebuilt, so focus never drops to the page.
  const savedNow = status.kind === 'saved';
  useEffect(() => {
    if (savedNow) (nextRef.current ?? statusRef.current)?.focus();
  }, [savedNow]);

  const change = (patch: Partial<Values>) => {
    setDraft({ ...values, ...patch });
    if (status.kind !== 'idle') setStatus({ kind: 'idle', text: '' });
  };

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (saving) return;
    const { mood, closeness, settled, note, shared } = values;
    if (mood === null || closeness === null || settled === null) {
      setStatus({
        kind: 'error',
        text: 'Pick a number for each of the three — that’s all it takes.',
      });
      return;
    }
    setSaving(true);
    try {
      await call('checkins:save', {
        partnerId: partner.id,
        localDate: today,
        mood,
        closeness,
        settled,
        note,
        shared,
      });
      forget();
      setStatus({
        kind: 'saved',
        text: existing ? 'Updated.' : 'Checked in. Thank you for showing up today.',
      });
    } catch (e) {
      setStatus({ kind: 'error', text: errorWords(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="card checkin-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${idBase}-title`}
    >
      <div className="checkin-head">
        <h2 id={`${idBase}-title`}>{title}</h2>
        {existing && <span className="pill">Checked in</span>}
      </div>
      <ScoreField
        name={`${idBase}-mood`}
        scale={SCALES.mood}
        value={values.mood}
        onChange={(mood) => change({ mood })}
        onPicked={() => focusScore(formRef.current, 1)}
      />
      <ScoreField
        name={`${idBase}-closeness`}
        scale={SCALES.closeness}
        value={values.closeness}
        onChange={(closeness) => change({ closeness })}
        onPicked={() => focusScore(formRef.current, 2)}
      />
      <ScoreField
        name={`${idBase}-settled`}
        scale={SCALES.settled}
        value={values.settled}
        onChange={(settled) => change({ settled })}
        onPicked={() => focusScore(formRef.current, 3)}
      />
      <details
        className="checkin-words"
        open={wordsOpen}
        onToggle={(e) => setWordsOpen(e.currentTarget.open)}
      >
        <summary>
          A few words <span className="optional">(optional)</span>
        </summary>
        <label className="field" htmlFor={`${idBase}-note`}>
          A short note <span className="optional">(just for the record)</span>
        </label>
        <LimitedTextarea
          limit={FIELD_LIMITS.checkinNote}
          id={`${idBase}-note`}
          value={values.note}
          rows={2}
          onChange={(e) => change({ note: e.target.value })}
        />
        <label className="field" htmlFor={`${idBase}-shared`}>
          Something I’m sharing before being asked
        </label>
        <LimitedTextarea
          limit={FIELD_LIMITS.checkinShared}
          id={`${idBase}-shared`}
          value={values.shared}
          rows={2}
          onChange={(e) => change({ shared: e.target.value })}
        />
      </details>
      <div className="form-actions">
        {/* Not `disabled` while saving: a disabled button drops focus to the page. */}
        <button type="submit" className="primary" aria-disabled={saving || undefined}>
          {existing ? 'Update check-in' : 'Check in'}
        </button>
        <p
          ref={statusRef}
          className={`status status-${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          tabIndex={-1}
        >
          {status.text}
        </p>
        {status.kind === 'saved' && next && (
          <button type="button" ref={nextRef} onClick={next.go}>
            Now {next.name}’s turn
          </button>
        )}
      </div>
      <CheckinCommitments partnerId={partner.id} today={today} />
    </form>
  );
}
