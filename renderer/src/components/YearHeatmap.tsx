// The last twelve months as a calendar heatmap (SVG) drawn at its card's real width, with a
// table of monthly counts for screen readers. Gaps are drawn as quiet empty squares — never
// as red marks. Hovering a day, or moving through the days with the arrow keys, says what it
// was in words beside the chart.

import type { DayCell, DayState } from '../../../shared/record.ts';
import { monthName, shortDate } from '../format.ts';
import { useChartCursor } from './chart-cursor.ts';
import { useElementWidth } from './use-element-width.ts';

const GAP = 3;
const LEFT = 34;
const TOP = 18;
const MAX_CELL = 22;

const STATE_WORDS: Record<DayState, string> = {
  kept: 'kept — you both checked in',
  one: 'one of you checked in',
  none: 'no check-in',
  paused: 'paused',
  future: 'still to come',
};

const CALENDAR_KEYS: Record<string, number | 'home' | 'end'> = {
  ArrowUp: -1,
  ArrowDown: 1,
  ArrowLeft: -7,
  ArrowRight: 7,
  Home: 'home',
  End: 'end',
};

function describe(cell: DayCell): string {
  return `${shortDate(cell.date)}: ${STATE_WORDS[cell.state]}${cell.open ? ' — still open' : ''}`;
}

export function YearHeatmap({
  weeks,
  months,
}: {
  weeks: DayCell[][];
  months: { column: number; month: string }[];
}) {
  const [ref, available] = useElementWidth<HTMLDivElement>(720);
  const cells = weeks.flat();
  const lastPast = cells.reduce((last, c, i) => (c.state === 'future' ? last : i), 0);
  const cursor = useChartCursor(cells.length, lastPast, (key) => CALENDAR_KEYS[key] ?? null);
  const columns = Math.max(1, weeks.length);
  const cell = Math.max(6, Math.min(MAX_CELL, Math.floor((available - LEFT) / columns) - GAP));
  const width = LEFT + columns * (cell + GAP);
  const height = TOP + 7 * (cell + GAP);
  const counts = monthlyCounts(weeks);
  const chosen = cursor.index === null ? undefined : cells[cursor.index];
  return (
    <figure className="heatmap">
      <div
        ref={ref}
        className="chart-frame"
        tabIndex={0}
        role="group"
        aria-label="Kept days calendar. Use the arrow keys to read each day."
        onKeyDown={cursor.onKeyDown}
        onFocus={() => cursor.setIndex(cursor.index ?? lastPast)}
        onMouseLeave={() => cursor.setIndex(null)}
      >
        <svg
          role="img"
          aria-labelledby="heatmap-title heatmap-desc"
          viewBox={`0 0 ${String(width)} ${String(height)}`}
          width={width}
          height={height}
        >
          <title id="heatmap-title">Kept days over the last twelve months</title>
          <desc id="heatmap-desc">
            One square per day, one column per week. Filled squares are kept days; lighter ones are
            days one of you checked in; striped ones are planned pauses.
          </desc>
          {months.map((m) => (
            <text key={m.month} x={LEFT + m.column * (cell + GAP)} y={TOP - 6} className="axis">
              {monthName(m.month).slice(0, 3)}
            </text>
          ))}
          {['Mon', 'Wed', 'Fri'].map((d, i) => (
            <text key={d} x={0} y={TOP + i * 2 * (cell + GAP) + cell / 2 + 4} className="axis">
              {d}
            </text>
          ))}
          {weeks.map((week, col) =>
            week.map((day, row) => (
              <rect
                key={day.date}
                x={LEFT + col * (cell + GAP)}
                y={TOP + row * (cell + GAP)}
                width={cell}
                height={cell}
                rx={Math.min(3, cell / 4)}
                className={`day day-${day.state}${day.open ? ' day-open' : ''}${
                  chosen === day ? ' day-chosen' : ''
                }`}
                data-date={day.date}
                data-state={day.state}
                data-open={day.open ? 'true' : undefined}
                onMouseEnter={() => cursor.setIndex(col * 7 + row)}
              />
            )),
          )}
        </svg>
      </div>
      <p className="chart-detail" aria-live="polite" data-testid="heatmap-detail">
        {chosen
          ? describe(chosen)
          : 'Point at a day, or focus the calendar and use the arrow keys.'}
      </p>
      <figcaption className="legend">
        <span className="key key-kept" /> kept <span className="key key-one" /> one of you{' '}
        <span className="key key-paused" /> paused <span className="key key-none" /> quiet day
      </figcaption>
      <div className="visually-hidden">
        <table>
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
      </div>
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
