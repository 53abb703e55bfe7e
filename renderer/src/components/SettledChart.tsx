// "How settled I feel about us", week by week, one line per partner: the slow shift from
// on guard to settled that the guides describe. Drawn at its card's real width; hovering a
// week, or moving through the weeks with the arrow keys, says each average in words. A table
// carries the same numbers for screen readers.

import type { Partner } from '../../../shared/domain.ts';
import type { SettledWeek } from '../../../shared/record.ts';
import { displayName, shortDate } from '../format.ts';
import { useChartCursor } from './chart-cursor.ts';
import { useElementWidth } from './use-element-width.ts';

const H = 200;
const PAD = { left: 72, right: 12, top: 14, bottom: 14 };
const WEEK_KEYS: Record<string, number | 'home' | 'end'> = {
  ArrowLeft: -1,
  ArrowRight: 1,
  Home: 'home',
  End: 'end',
};

function partnerName(p: Partner): string {
  return displayName(p.name, p.role === 'me' ? 'You' : 'Partner');
}

function describeWeek(week: SettledWeek, partners: Partner[]): string {
  const parts = partners.map((p) => {
    const v = week.average[p.id] ?? null;
    return `${partnerName(p)} ${v === null ? 'no rating' : v.toFixed(1)}`;
  });
  return `Week of ${shortDate(week.weekStart)}: ${parts.join(', ')}`;
}

export function SettledChart({ weeks, partners }: { weeks: SettledWeek[]; partners: Partner[] }) {
  const [ref, W] = useElementWidth<HTMLDivElement>(640);
  const cursor = useChartCursor(weeks.length, weeks.length - 1, (key) => WEEK_KEYS[key] ?? null);
  const x = (i: number) =>
    PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, weeks.length - 1);
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const rated = weeks.filter((w) => Object.values(w.average).some((v) => v !== null));
  const chosen = cursor.index === null ? undefined : weeks[cursor.index];
  const pick = (clientX: number, box: DOMRect) => {
    const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length - 1);
    cursor.setIndex(
      Math.min(weeks.length - 1, Math.max(0, Math.round((clientX - box.left - PAD.left) / step))),
    );
  };
  return (
    <figure className="settled-chart">
      <div
        ref={ref}
        className="chart-frame"
        tabIndex={0}
        role="group"
        aria-label="Settled chart. Use the left and right arrow keys to read each week."
        onKeyDown={cursor.onKeyDown}
        onFocus={() => cursor.setIndex(cursor.index ?? weeks.length - 1)}
        onMouseMove={(e) => pick(e.clientX, e.currentTarget.getBoundingClientRect())}
        onMouseLeave={() => cursor.setIndex(null)}
      >
        <svg
          role="img"
          aria-labelledby="settled-title settled-desc"
          viewBox={`0 0 ${String(W)} ${String(H)}`}
          width={W}
          height={H}
        >
          <title id="settled-title">How settled each of you has felt, week by week</title>
          <desc id="settled-desc">
            A line per partner from 1 (on guard) to 5 (settled), averaged over each week of the last
            year.
          </desc>
          {[1, 3, 5].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
              <text x={0} y={y(v) + 4} className="axis">
                {v === 1 ? 'On guard' : v === 5 ? 'Settled' : 'Unsure'}
              </text>
            </g>
          ))}
          {cursor.index !== null && (
            <line
              x1={x(cursor.index)}
              x2={x(cursor.index)}
              y1={PAD.top}
              y2={H - PAD.bottom}
              className="chart-guide"
            />
          )}
          {partners.map((p, pi) => {
            const points = weeks
              .map((w, i) => ({ i, v: w.average[p.id] ?? null }))
              .filter((pt): pt is { i: number; v: number } => pt.v !== null);
            if (points.length === 0) return null;
            const d = points
              .map((pt, k) => `${k === 0 ? 'M' : 'L'}${x(pt.i).toFixed(1)},${y(pt.v).toFixed(1)}`)
              .join(' ');
            return (
              <g key={p.id} className={`series series-${String(pi)}`}>
                <path d={d} fill="none" />
                {points.map((pt) => (
                  <circle key={pt.i} cx={x(pt.i)} cy={y(pt.v)} r={pt.i === cursor.index ? 5 : 3} />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <p className="chart-detail" aria-live="polite" data-testid="settled-detail">
        {chosen
          ? describeWeek(chosen, partners)
          : 'Point at a week, or focus the chart and use the arrow keys.'}
      </p>
      <figcaption className="legend">
        {partners.map((p, pi) => (
          <span key={p.id}>
            <span className={`key key-series-${String(pi)}`} /> {partnerName(p)}{' '}
          </span>
        ))}
      </figcaption>
      {rated.length === 0 && <p className="muted">The line appears after your first check-ins.</p>}
      <div className="visually-hidden">
        <table>
          <caption>Average “settled” by week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {partners.map((p) => (
                <th scope="col" key={p.id}>
                  {partnerName(p)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rated.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{shortDate(w.weekStart)}</th>
                {partners.map((p) => (
                  <td key={p.id}>{w.average[p.id]?.toFixed(1) ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
