// "Pause reminders until…": quiet days for travel or a break, resumed automatically.

import { useState, type SyntheticEvent } from 'react';
import { call } from '../api.ts';
import { addDays } from '../../../shared/local-day.ts';
import { shortDate } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, saved, type StatusMessage } from './StatusLine.tsx';

export function ReminderPauseCard({ today }: { today: string }) {
  const { data: status } = useChannel('reminders:status', ['reminders', 'settings', 'clock']);
  // A week is a usual trip or break; pausing "until today" would pause nothing worth asking.
  const [until, setUntil] = useState(() => addDays(today, 7));
  const [message, setMessage] = useState<StatusMessage | null>(null);
  if (!status) return null;

  const pause = async (event: SyntheticEvent) => {
    event.preventDefault();
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
        <form className="inline-form" onSubmit={(e) => void pause(e)}>
          <label>
            Quiet until{' '}
            <input
              type="date"
              value={until}
              min={today}
              onChange={(e) => setUntil(e.target.value)}
              required
            />
          </label>
          <button type="submit">Pause reminders</button>
        </form>
      )}
      <StatusLine message={message} />
    </section>
  );
}
