// "How settled I feel about us", week by week, one line per partner: the slow shift from
// on guard to settled that the guides describe. SVG plus a table for screen readers.

import type { Partner } from '../../../shared/domain.ts';
import type { SettledWeek } from '../../../shared/record.ts';
import { displayName, shortDate } from '../format.ts';

const W = 640;
const H = 180;
const PAD = { left: 70, right: 12, top: 12, bottom: 24 };

export function SettledChart({ weeks, partners }: { weeks: SettledWeek[]; partners: Partner[] }) {
  const x = (i: number) =>
    PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(1, weeks.length - 1);
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const rated = weeks.filter((w) => Object.values(w.average).some((v) => v !== null));
  return (
    <figure className="settled-chart">
      <svg
        role="img"
        aria-labelledby="settled-title settled-desc"
        viewBox={`0 0 ${String(W)} ${String(H)}`}
        width="100%"
      >
        <title id="settled-title">How settled each of you has felt, week by week</title>
        <desc id="settled-desc">
          A line per partner from 1 (on guard) to 5 (settled), averaged over each week of the last
          year.
        </desc>
        {[1, 3, 5].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={4} y={y(v) + 4} className="axis">
              {v === 1 ? 'On guard' : v === 5 ? 'Settled' : 'Unsure'}
            </text>
          </g>
        ))}
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
                <circle key={pt.i} cx={x(pt.i)} cy={y(pt.v)} r={2.5} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {partners.map((p, pi) => (
          <span key={p.id}>
            <span className={`key key-series-${String(pi)}`} />{' '}
            {displayName(p.name, p.role === 'me' ? 'You' : 'Partner')}{' '}
          </span>
        ))}
      </figcaption>
      {rated.length === 0 && <p className="muted">The line appears after your first check-ins.</p>}
      <table className="visually-hidden">
        <caption>Average “settled” by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            {partners.map((p) => (
              <th scope="col" key={p.id}>
                {displayName(p.name, p.role === 'me' ? 'You' : 'Partner')}
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
    </figure>
  );
}
