// How appreciation flows: the notes that went between you each week for the last 12 weeks,
// as one bar per week, whoever wrote them. It shows the flow between two people, never a
// tally of one against the other — no split by writer, no ratios, no goals. Drawn at the
// card's real width, with a table for screen readers like the "settled" chart.

import { useId } from 'react';
import type { WeekFlow } from '../../../../shared/notes.ts';
import { displayName, plural, shortDate } from '../../format.ts';
import { useElementWidth } from '../../components/use-element-width.ts';
import './notes.css';
import { dayMonth } from '../../../../shared/date-words.ts';

const H = 160;
const PAD = { left: 28, right: 8, top: 12, bottom: 28 };

export function FlowChart({ weeks, partnerName }: { weeks: WeekFlow[]; partnerName: string }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const [ref, W] = useElementWidth<HTMLDivElement>(640);
  const other = displayName(partnerName, 'your partner');
  const between = (w: WeekFlow): number => w.written + w.received;
  const top = Math.max(2, ...weeks.map(between));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(1, weeks.length);
  const barW = Math.min(28, slot * 0.6);
  const y = (v: number) => PAD.top + plotH - (v * plotH) / top;
  const total = weeks.reduce((sum, w) => sum + between(w), 0);

  return (
    <section className="card notes-flow" aria-labelledby="notes-flow-title">
      <h2 id="notes-flow-title">How appreciation flows</h2>
      <figure className="flow-chart">
        <div ref={ref} className="chart-frame">
          <svg
            role="img"
            aria-labelledby={`${titleId} ${descId}`}
            viewBox={`0 0 ${String(W)} ${String(H)}`}
            width={W}
            height={H}
          >
            <title id={titleId}>Notes between you, week by week</title>
            <desc id={descId}>
              One bar for each of the last {weeks.length} weeks: every note that went between you
              and {other}, whoever wrote it.
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
              const x = PAD.left + i * slot + (slot - barW) / 2;
              const notes = between(w);
              return (
                <g key={w.weekStart} data-week={w.weekStart}>
                  {notes > 0 && (
                    <rect
                      className="bar-between"
                      x={x}
                      y={y(notes)}
                      width={barW}
                      height={y(0) - y(notes)}
                      rx={2}
                    />
                  )}
                  {(i % 3 === 0 || i === weeks.length - 1) && (
                    <text x={x + barW / 2} y={H - 8} className="axis" textAnchor="middle">
                      {i === weeks.length - 1 ? 'This week' : dayMonth(w.weekStart)}
                    </text>
                  )}
                </g>
              );
            })}
          </svg>
        </div>
      </figure>
      <p data-testid="notes-flow-summary">
        {total === 0
          ? `No notes in these ${String(weeks.length)} weeks yet — a line is enough to start.`
          : `Over these ${String(weeks.length)} weeks, ${plural(total, 'note')} went between you.`}
      </p>
      <p className="muted">
        Some weeks are quieter than others. This is a picture of how notes move between you, not a
        target.
      </p>
      <div className="visually-hidden">
        <table>
          <caption>Notes between you by week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Notes between you</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{shortDate(w.weekStart)}</th>
                <td>{between(w)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
