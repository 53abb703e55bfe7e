// The last twelve months as a calendar heatmap (SVG) drawn at its card's real width, with a
// table of monthly counts for screen readers. Gaps are drawn as quiet empty squares — never
// as red marks. Hovering a day, or moving through the days with the arrow keys, says what it
// was in words beside the chart. When 53 weeks in one row would make the squares too small to
// read (the default window, 800×600), the year wraps into two half-year rows instead.

import type { DayCell, DayState } from '../../../shared/record.ts';
import { monthName, shortDate } from '../format.ts';
import { useChartCursor } from './chart-cursor.ts';
import { useElementWidth } from './use-element-width.ts';

const GAP = 3;
const LEFT = 34;
const TOP = 18;
/** Below this a square is hard to point at and its shade hard to tell apart. */
const MIN_CELL = 12;
const MAX_CELL = 26;
const BAND_GAP = 10;

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
  const layout = bandLayout(weeks.length, available);
  const { cell, perBand } = layout;
  const step = cell + GAP;
  const bandHeight = TOP + 7 * step;
  const width = LEFT + perBand * step;
  const height = layout.bands * bandHeight + (layout.bands - 1) * BAND_GAP;
  const at = (column: number) => ({
    x: LEFT + (column % perBand) * step,
    y: Math.floor(column / perBand) * (bandHeight + BAND_GAP),
  });
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
          {bandLabels(weeks, months, perBand).map((m) => (
            <text
              key={`${m.month}-${String(m.column)}`}
              x={at(m.column).x}
              y={at(m.column).y + TOP - 6}
              className="axis"
            >
              {monthName(m.month).slice(0, 3)}
            </text>
          ))}
          {Array.from({ length: layout.bands }, (_, band) =>
            ['Mon', 'Wed', 'Fri'].map((d, i) => (
              <text
                key={`${d}-${String(band)}`}
                x={0}
                y={band * (bandHeight + BAND_GAP) + TOP + i * 2 * step + cell / 2 + 4}
                className="axis"
              >
                {d}
              </text>
            )),
          )}
          {weeks.map((week, col) =>
            week.map((day, row) => (
              <rect
                key={day.date}
                x={at(col).x}
                y={at(col).y + TOP + row * step}
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

/** One row of weeks if its squares are readable there, else two half-year rows. Squares
 *  take the card's whole width (fractional sizes are fine in SVG), up to a comfortable cap. */
function bandLayout(columns: number, available: number) {
  const weeks = Math.max(1, columns);
  const cellFor = (bands: number) => (available - LEFT) / Math.ceil(weeks / bands) - GAP;
  const bands = cellFor(1) >= MIN_CELL ? 1 : 2;
  const perBand = Math.ceil(weeks / bands);
  return { bands, perBand, cell: Math.max(6, Math.min(MAX_CELL, cellFor(bands))) };
}

/** Month names over their first week; a row that starts mid-month names that month too, and a
 *  name too close to a row's right edge (or to the next name) is left out rather than cut. */
function bandLabels(
  weeks: DayCell[][],
  months: { column: number; month: string }[],
  perBand: number,
): { column: number; month: string }[] {
  const labels: { column: number; month: string }[] = [];
  for (let start = 0; start < weeks.length; start += perBand) {
    const end = Math.min(weeks.length, start + perBand);
    const inBand = months.filter((m) => m.column >= start && m.column < end);
    const first = inBand[0];
    const opening = weeks[start]?.[6]?.date.slice(0, 7);
    if (opening && (!first || first.column - start >= 3)) {
      labels.push({ column: start, month: opening });
    }
    for (const [i, m] of inBand.entries()) {
      const next = inBand[i + 1];
      if (m.column > end - 2) continue;
      if (next && next.column - m.column < 2) continue;
      labels.push(m);
    }
  }
  return labels;
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
