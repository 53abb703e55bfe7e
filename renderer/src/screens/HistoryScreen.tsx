// History: the year at a glance, how "settled" has moved, and planned pauses.

import { useState, type SyntheticEvent } from 'react';
import { PAUSE_BACKDATE_DAYS, addedAfterwards } from '../../../shared/pause-rules.ts';
import { call } from '../api.ts';
import { useDraft } from '../drafts.ts';
import { RecordCard } from '../components/RecordCard.tsx';
import { SettledChart } from '../components/SettledChart.tsx';
import { YearHeatmap } from '../components/YearHeatmap.tsx';
import type { Partner, Pause } from '../../../shared/domain.ts';
import { addDays } from '../../../shared/local-day.ts';
import { shortDate, displayName } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../components/StatusLine.tsx';
import { LimitedInput } from '../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../shared/field-limits.ts';

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
      {data.notice && <ScaleNotice text={data.notice} />}
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
      <PausesCard pauses={data.pauses} today={data.today} partners={data.partners} />
    </div>
  );
}

/** Told once after the update that changed how the pattern is worked out. */
function ScaleNotice({ text }: { text: string }) {
  return (
    <p className="banner" role="status" data-testid="scale-notice">
      {text}{' '}
      <button
        type="button"
        className="link"
        onClick={() => void call('history:dismiss-notice', undefined).catch(() => undefined)}
      >
        Got it
      </button>
    </p>
  );
}

function PausesCard({
  pauses,
  today,
  partners,
}: {
  pauses: Pause[];
  today: string;
  partners: Partner[];
}) {
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const [reason, setReason, forgetReason] = useDraft('pause-reason', '');
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const add = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('pauses:add', { startDate: start, endDate: end, reason });
      setReason('');
      forgetReason();
      setMessage(saved('Pause planned. Your run and your pattern wait on those days.'));
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
        Travelling or unwell? Plan a pause and those days are set aside: your run and your pattern
        simply wait. A pause can start up to a week back; one added afterwards shows as such to you
        both.
      </p>
      {pauses.length > 0 && (
        <ul className="pauses">
          {pauses.map((p) => (
            <li key={p.id}>
              {shortDate(p.startDate)} – {shortDate(p.endDate)}
              {p.reason && ` · ${p.reason}`}
              {addedAfterwards(p) && (
                <span className="muted" data-testid="pause-added-after">
                  {' '}
                  · added afterwards by {authorName(p, partners)} on {shortDate(p.addedOn ?? '')}
                </span>
              )}{' '}
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
          <input
            type="date"
            value={start}
            min={addDays(today, -PAUSE_BACKDATE_DAYS)}
            onChange={(e) => setStart(e.target.value)}
            required
          />
        </label>
        <label>
          Until <input type="date" value={end} onChange={(e) => setEnd(e.target.value)} required />
        </label>
        <label>
          <span>
            Reason <span className="optional">(optional)</span>
          </span>
          <LimitedInput
            limit={FIELD_LIMITS.pauseReason}
            type="text"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button type="submit">Plan a pause</button>
      </form>
      <StatusLine message={message} />
    </section>
  );
}

function authorName(p: Pause, partners: Partner[]): string {
  const author = partners.find((x) => x.id === p.authorId);
  if (!author) return 'one of you';
  return author.role === 'me' ? 'you' : displayName(author.name, 'your partner');
}
