// How appreciation flows: notes written and received each week for the last 12 weeks, as two
// bars per week. A picture, not a target — no ratios, no goals. SVG plus a table for screen
// readers, like the "settled" chart.

import { useId } from 'react';
import type { WeekFlow } from '../../../../shared/notes.ts';
import { displayName, plural, shortDate } from '../../format.ts';
import './notes.css';
import { dayMonth } from '../../../../shared/date-words.ts';

const W = 640;
const H = 180;
const PAD = { left: 28, right: 8, top: 12, bottom: 28 };

export function FlowChart({ weeks, partnerName }: { weeks: WeekFlow[]; partnerName: string }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const other = displayName(partnerName, 'your partner');
  const top = Math.max(2, ...weeks.map((w) => Math.max(w.written, w.received)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = slot * 0.32;
  const y = (v: number) => PAD.top + plotH - (v * plotH) / top;
  const written = weeks.reduce((sum, w) => sum + w.written, 0);
  const received = weeks.reduce((sum, w) => sum + w.received, 0);

  return (
    <section className="card notes-flow" aria-labelledby="notes-flow-title">
      <h2 id="notes-flow-title">How appreciation flows</h2>
      <figure className="flow-chart">
        <svg
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          viewBox={`0 0 ${String(W)} ${String(H)}`}
          width="100%"
        >
          <title id={titleId}>Notes you wrote and received, week by week</title>
          <desc id={descId}>
            Two bars for each of the last {weeks.length} weeks: notes you wrote to {other}, and
            notes you received from {other}.
          </desc>
          {[0, top].map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
              <text x={PAD.left - 6} y={y(v) + 4} className="axis" textAnchor="end">
                {v}
              </text>
            </g>
          ))}
          {weeks.map((w, i) => {
            const x = PAD.left + i * slot + slot * 0.16;
            return (
              <g key={w.weekStart} data-week={w.weekStart}>
                {w.written > 0 && (
                  <rect
                    className="bar-written"
                    x={x}
                    y={y(w.written)}
                    width={barW}
                    height={y(0) - y(w.written)}
                    rx={2}
                  />
                )}
                {w.received > 0 && (
                  <rect
                    className="bar-received"
                    x={x + barW + slot * 0.04}
                    y={y(w.received)}
                    width={barW}
                    height={y(0) - y(w.received)}
                    rx={2}
                  />
                )}
                {(i % 3 === 0 || i === weeks.length - 1) && (
                  <text x={x + barW} y={H - 8} className="axis" textAnchor="middle">
                    {i === weeks.length - 1 ? 'This week' : dayMonth(w.weekStart)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <figcaption className="legend">
          <span>
            <span className="key key-written" /> Written by you
          </span>
          <span>
            <span className="key key-received" /> Received from {other}
          </span>
        </figcaption>
      </figure>
      <p data-testid="notes-flow-summary">
        Over these {weeks.length} weeks: {plural(written, 'note')} written,{' '}
        {plural(received, 'note')} received.
      </p>
      <p className="muted">
        Some weeks are quieter than others. This is a picture of how notes move between you, not a
        target.
      </p>
      <table className="visually-hidden">
        <caption>Notes written and received by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Written</th>
            <th scope="col">Received</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{shortDate(w.weekStart)}</th>
              <td>{w.written}</td>
              <td>{w.received}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
