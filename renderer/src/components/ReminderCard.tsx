// The gentle "it's check-in time" card, with the same choices the tray offers.

import { useState } from 'react';
import type { ReminderStatus } from '../../../shared/domain.ts';
import { call, errorWords } from '../api.ts';

interface Props {
  status: ReminderStatus;
  everyoneDone: boolean;
  now: number;
  timeZone: string;
}

export function ReminderCard({ status, everyoneDone, now, timeZone }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (!status.due || everyoneDone) return null;
  if (status.snoozedUntil !== null && status.snoozedUntil > now) {
    return (
      <p className="banner" role="status" data-testid="reminder-snoozed">
        I’ll remind you again at {timeOfDay(status.snoozedUntil, timeZone)}.
      </p>
    );
  }

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(errorWords(e));
    }
  };

  return (
    <section className="card due-card" aria-labelledby="due-title" data-testid="reminder-due">
      <div className="due-words">
        <h2 id="due-title">It’s check-in time</h2>
        <p>A minute for the two of you, whenever you’re ready.</p>
      </div>
      <div className="due-actions">
        <button
          type="button"
          onClick={() => void act(() => call('reminders:snooze', { minutes: 60 }))}
        >
          Remind me in 1 hour
        </button>
        <button type="button" onClick={() => void act(() => call('reminders:skip-today'))}>
          Skip today
        </button>
      </div>
      {error && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function timeOfDay(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(instant);
}
