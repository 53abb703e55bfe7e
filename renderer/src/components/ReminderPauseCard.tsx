// "Pause reminders until…": quiet days for travel or a break, resumed automatically.

import { useState, type SyntheticEvent } from 'react';
import { call } from '../api.ts';
import { addDays } from '../../../shared/local-day.ts';
import { shortDate } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, refusal, saved, type StatusMessage } from './StatusLine.tsx';

export function ReminderPauseCard({ today }: { today: string }) {
  const { data: status } = useChannel('reminders:status', ['reminders', 'settings', 'clock']);
  // Empty until chosen: a pause is a decision, so no date is picked for you. Tomorrow is the
  // earliest worth asking for ("until today" would pause nothing; Skip today does that).
  const [until, setUntil] = useState('');
  const tomorrow = addDays(today, 1);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  if (!status) return null;

  const pause = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (until === '') {
      setMessage(refusal('Choose the last quiet day first.'));
      return;
    }
    if (until < tomorrow) {
      setMessage(refusal(`Choose ${shortDate(tomorrow)} or later.`));
      return;
    }
    try {
      await call('reminders:pause', { until });
      setMessage(saved(`Reminders are paused until ${shortDate(until)}.`));
    } catch (e) {
      setMessage(failure(e));
    }
  };
  const resume = async () => {
    try {
      await call('reminders:pause', { until: null });
      setMessage(saved('Reminders are back on.'));
    } catch (e) {
      setMessage(failure(e));
    }
  };

  return (
    <section className="card" aria-labelledby="pause-reminders-title" id="pause-reminders">
      <h2 id="pause-reminders-title">Pause reminders</h2>
      {status.pausedUntil ? (
        <p>
          Reminders are quiet until {shortDate(status.pausedUntil)}, and come back the day after.{' '}
          <button type="button" onClick={() => void resume()}>
            Resume reminders
          </button>
        </p>
      ) : (
        <form className="inline-form" noValidate onSubmit={(e) => void pause(e)}>
          <label>
            Quiet until{' '}
            <input
              type="date"
              value={until}
              min={tomorrow}
              onChange={(e) => setUntil(e.target.value)}
              required
              aria-describedby="pause-reminders-hint"
            />
          </label>
          <button type="submit">Pause reminders</button>
          <p id="pause-reminders-hint" className="hint pause-hint">
            The last quiet day. Reminders come back the day after.
          </p>
        </form>
      )}
      <StatusLine message={message} />
    </section>
  );
}
