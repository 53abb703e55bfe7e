// The full check-in for one partner: three 1–5 scales and two optional notes. Saving goes
// through IPC into SQLite; the saved row comes back and the Today view re-reads it.

import { useState, type SyntheticEvent } from 'react';
import { CHECKIN_NOTE_MAX, CHECKIN_SHARED_MAX } from '../../../shared/limits.ts';
import type { Checkin, Partner, Score } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import { call } from '../api.ts';
import { CheckinCommitments } from '../features/commitments/CheckinCommitments.tsx';
import { SCALES, ScoreField } from './ScoreField.tsx';

interface Props {
  partner: Partner;
  today: LocalDate;
  existing: Checkin | null;
  /** Heading level context: "Your check-in" vs "Sam's check-in". */
  title: string;
}

export function CheckinForm({ partner, today, existing, title }: Props) {
  const [mood, setMood] = useState<Score | null>(existing?.mood ?? null);
  const [closeness, setCloseness] = useState<Score | null>(existing?.closeness ?? null);
  const [settled, setSettled] = useState<Score | null>(existing?.settled ?? null);
  const [note, setNote] = useState(existing?.note ?? '');
  const [shared, setShared] = useState(existing?.shared ?? '');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });
  const [saving, setSaving] = useState(false);
  const idBase = `checkin-${partner.id}`;
  const complete = mood !== null && closeness !== null && settled !== null;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (!complete) {
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
      setStatus({
        kind: 'saved',
        text: existing ? 'Updated.' : 'Checked in. Thank you for showing up today.',
      });
    } catch (e) {
      setStatus({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="card checkin-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${idBase}-title`}
    >
      <h2 id={`${idBase}-title`}>{title}</h2>
      <ScoreField name={`${idBase}-mood`} scale={SCALES.mood} value={mood} onChange={setMood} />
      <ScoreField
        name={`${idBase}-closeness`}
        scale={SCALES.closeness}
        value={closeness}
        onChange={setCloseness}
      />
      <ScoreField
        name={`${idBase}-settled`}
        scale={SCALES.settled}
        value={settled}
        onChange={setSettled}
      />
      <label className="field" htmlFor={`${idBase}-note`}>
        A short note <span className="optional">(optional, just for the record)</span>
      </label>
      <textarea
        id={`${idBase}-note`}
        value={note}
        maxLength={CHECKIN_NOTE_MAX}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
      />
      <label className="field" htmlFor={`${idBase}-shared`}>
        Something I’m sharing before being asked <span className="optional">(optional)</span>
      </label>
      <textarea
        id={`${idBase}-shared`}
        value={shared}
        maxLength={CHECKIN_SHARED_MAX}
        rows={2}
        onChange={(e) => setShared(e.target.value)}
      />
      <CheckinCommitments partnerId={partner.id} today={today} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {existing ? 'Update check-in' : 'Check in'}
        </button>
        <p
          className={`status status-${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      </div>
    </form>
  );
}
