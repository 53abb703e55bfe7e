// "Kept today?" — three buttons that save at once through their own channel. Used in each
// check-in (inside its <form>, hence type="button") and on the Commitments screen.

import { useState } from 'react';
import { MARK_VALUES, MARK_WORDS, type MarkValue } from '../../../../shared/commitments.ts';
import type { LocalDate } from '../../../../shared/local-day.ts';
import { call } from '../../api.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';

const CONFIRM: Record<MarkValue, string> = {
  kept: 'Marked kept.',
  'not-kept': 'Marked not kept. Thank you for being honest — tomorrow is a fresh day.',
  'not-applicable': 'Marked “didn’t come up”. It counts neither way.',
};

interface Props {
  commitmentId: string;
  actorId: string;
  today: LocalDate;
  current: MarkValue | null;
  /** What the group is called, e.g. the commitment's words or "Kept today?". */
  legend: string;
  idBase: string;
}

export function MarkButtons({ commitmentId, actorId, today, current, legend, idBase }: Props) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [busy, setBusy] = useState(false);

  const mark = async (value: MarkValue) => {
    setBusy(true);
    try {
      await call('commitments:mark', { actorId, commitmentId, localDate: today, value });
      setMessage(saved(CONFIRM[value]));
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mark">
      <fieldset className="mark-buttons" aria-describedby={`${idBase}-hint`}>
        <legend>{legend}</legend>
        <p id={`${idBase}-hint`} className="visually-hidden">
          Saved as soon as you choose. You can change today’s answer until your day ends.
        </p>
        <div className="mark-options">
          {MARK_VALUES.map((value) => (
            <button
              key={value}
              type="button"
              className={`mark-option mark-${value}`}
              aria-pressed={current === value}
              disabled={busy}
              onClick={() => void mark(value)}
            >
              {current === value && (
                <span className="mark-check" aria-hidden="true">
                  ✓{' '}
                </span>
              )}
              {MARK_WORDS[value]}
            </button>
          ))}
        </div>
      </fieldset>
      <StatusLine message={message} />
    </div>
  );
}
