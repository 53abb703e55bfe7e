// History: the year at a glance, how "settled" has moved, and planned pauses.

import { useState, type SyntheticEvent } from 'react';
import { PAUSE_REASON_MAX } from '../../../shared/limits.ts';
import { call } from '../api.ts';
import { RecordCard } from '../components/RecordCard.tsx';
import { SettledChart } from '../components/SettledChart.tsx';
import { YearHeatmap } from '../components/YearHeatmap.tsx';
import { shortDate } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../components/StatusLine.tsx';

export function HistoryScreen() {
  const { data, error } = useChannel('history:get', ['checkins', 'pauses', 'settings', 'clock']);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div className="screen history">
      <header className="screen-header">
        <h1>History</h1>
        <p className="muted">
          {data.record.totalKept === 0
            ? 'Your record starts with the first day you both check in.'
            : `${String(data.record.totalKept)} kept ${data.record.totalKept === 1 ? 'day' : 'days'} so far.`}
        </p>
      </header>
      <section className="card" aria-labelledby="year-title">
        <h2 id="year-title">The last twelve months</h2>
        <YearHeatmap weeks={data.calendar} months={data.months} />
      </section>
      <section className="card" aria-labelledby="settled-heading">
        <h2 id="settled-heading">How settled you feel about us</h2>
        <p className="muted">This moves slowly, over months. That’s how it should be.</p>
        <SettledChart weeks={data.settled} partners={data.partners} />
      </section>
      <RecordCard record={data.record} />
      <PausesCard pauses={data.pauses} today={data.today} />
    </div>
  );
}

function PausesCard({
  pauses,
  today,
}: {
  pauses: { id: string; startDate: string; endDate: string; reason: string }[];
  today: string;
}) {
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const add = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('pauses:add', { startDate: start, endDate: end, reason });
      setReason('');
      setMessage(saved('Pause planned. Those days won’t count against your run.'));
    } catch (e) {
      setMessage(failure(e));
    }
  };

  const remove = async (id: string) => {
    try {
      await call('pauses:remove', { id });
    } catch (e) {
      setMessage(failure(e));
    }
  };

  return (
    <section className="card" aria-labelledby="pauses-title">
      <h2 id="pauses-title">Planned pauses</h2>
      <p className="muted">
        Travelling or unwell? Plan a pause and those days neither break your run nor count as
        missed.
      </p>
      {pauses.length > 0 && (
        <ul className="pauses">
          {pauses.map((p) => (
            <li key={p.id}>
              {shortDate(p.startDate)} – {shortDate(p.endDate)}
              {p.reason && ` · ${p.reason}`}{' '}
              <button
                type="button"
                className="link"
                onClick={() => void remove(p.id)}
                aria-label={`Remove the pause from ${shortDate(p.startDate)}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label>
          From{' '}
          <input type="date" value={start} onChange={(e) => setStart(e.target.value)} required />
        </label>
        <label>
          Until <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} required />
        </label>
        <label>
          Reason <span className="optional">(optional)</span>
          <input
            type="text"
            value={reason}
            maxLength={PAUSE_REASON_MAX}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button type="submit">Plan a pause</button>
      </form>
      <StatusLine message={message} />
    </section>
  );
}
