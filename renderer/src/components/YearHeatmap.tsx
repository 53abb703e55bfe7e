// The last twelve months as a calendar heatmap (SVG), with a table of monthly counts for
// screen readers. Gaps are drawn as quiet empty squares — never as red marks.

import type { DayCell, DayState } from '../../../shared/record.ts';
import { monthName, shortDate } from '../format.ts';

const CELL = 12;
const GAP = 3;
const LEFT = 28;
const TOP = 16;

const STATE_WORDS: Record<DayState, string> = {
  kept: 'kept — you both checked in',
  one: 'one of you checked in',
  none: 'no check-in',
  paused: 'paused',
  future: 'still to come',
};

export function YearHeatmap({
  weeks,
  months,
}: {
  weeks: DayCell[][];
  months: { column: number; month: string }[];
}) {
  const width = LEFT + weeks.length * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const counts = monthlyCounts(weeks);
  return (
    <figure className="heatmap">
      <svg
        role="img"
        aria-labelledby="heatmap-title heatmap-desc"
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="heatmap-title">Kept days over the last twelve months</title>
        <desc id="heatmap-desc">
          One square per day, one column per week. Filled squares are kept days; lighter ones are
          days one of you checked in; striped ones are planned pauses.
        </desc>
        {months.map((m) => (
          <text key={m.month} x={LEFT + m.column * (CELL + GAP)} y={TOP - 5} className="axis">
            {monthName(m.month).slice(0, 3)}
          </text>
        ))}
        {['Mon', 'Wed', 'Fri'].map((d, i) => (
          <text key={d} x={0} y={TOP + (i * 2 + 1) * (CELL + GAP) - 4} className="axis">
            {d}
          </text>
        ))}
        {weeks.map((week, col) =>
          week.map((cell, row) => (
            <rect
              key={cell.date}
              x={LEFT + col * (CELL + GAP)}
              y={TOP + row * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={3}
              className={`day day-${cell.state}${cell.open ? ' day-open' : ''}`}
              data-date={cell.date}
              data-state={cell.state}
              data-open={cell.open ? 'true' : undefined}
            >
              <title>{`${shortDate(cell.date)}: ${STATE_WORDS[cell.state]}${cell.open ? ' — still open' : ''}`}</title>
            </rect>
          )),
        )}
      </svg>
      <figcaption className="legend">
        <span className="key key-kept" /> kept <span className="key key-one" /> one of you{' '}
        <span className="key key-paused" /> paused <span className="key key-none" /> quiet day
      </figcaption>
      <table className="visually-hidden">
        <caption>Kept days by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Kept</th>
            <th scope="col">One of you</th>
            <th scope="col">Paused</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month)}</th>
              <td>{m.kept}</td>
              <td>{m.one}</td>
              <td>{m.paused}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function monthlyCounts(weeks: DayCell[][]) {
  const byMonth = new Map<string, { month: string; kept: number; one: number; paused: number }>();
  for (const cell of weeks.flat()) {
    if (cell.state === 'future') continue;
    const month = cell.date.slice(0, 7);
    const entry = byMonth.get(month) ?? { month, kept: 0, one: 0, paused: 0 };
    if (cell.state === 'kept') entry.kept += 1;
    if (cell.state === 'one') entry.one += 1;
    if (cell.state === 'paused') entry.paused += 1;
    byMonth.set(month, entry);
  }
  return [...byMonth.values()];
}
