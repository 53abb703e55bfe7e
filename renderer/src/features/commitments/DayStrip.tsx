// The last 14 days of one commitment as a row of small marks, each with its words for screen
// readers and a tooltip. A not-kept day is a quiet outline, never red.

import { STRIP_STATE_WORDS, shortDay, type CommitmentDay } from '../../../../shared/commitments.ts';
import { longDate } from '../../format.ts';

export function DayStrip({ days, label }: { days: readonly CommitmentDay[]; label: string }) {
  const first = days[0];
  const last = days.at(-1);
  return (
    <div className="day-strip-wrap">
      <ol className="day-strip" aria-label={label}>
        {days.map((day) => {
          const words = `${STRIP_STATE_WORDS[day.state]}${day.ack ? ', noticed' : ''}`;
          return (
            <li
              key={day.date}
              className={`strip-day strip-${day.state}${day.ack ? ' strip-noticed' : ''}`}
              data-date={day.date}
              data-state={day.state}
              title={`${shortDay(day.date)}: ${words}`}
            >
              <span className="visually-hidden">
                {longDate(day.date)}: {words}
              </span>
            </li>
          );
        })}
      </ol>
      {first && last && (
        <p className="strip-ends" aria-hidden="true">
          <span>{shortDay(first.date)}</span>
          <span>Today</span>
        </p>
      )}
    </div>
  );
}

export function StripLegend() {
  return (
    <p className="legend strip-legend" aria-hidden="true">
      <span className="strip-day strip-kept" /> kept
      <span className="strip-day strip-not-kept" /> not kept
      <span className="strip-day strip-not-applicable" /> didn’t come up
      <span className="strip-day strip-unmarked" /> not marked
      <span className="strip-day strip-paused" /> paused
      <span className="strip-day strip-not-due" /> not due
    </p>
  );
}
