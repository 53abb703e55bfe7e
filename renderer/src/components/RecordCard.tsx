// The running record: runs, recent kept days and the consistency score, in warm words.

import { CONSISTENCY_EXPLANATION, type RecordSummary } from '../../../shared/record.ts';
import { plural } from '../format.ts';

export function RecordCard({ record }: { record: RecordSummary }) {
  const runNote =
    record.currentRun === 0
      ? record.totalKept === 0
        ? 'Your first kept day starts the pattern.'
        : 'A new run starts with the next day you both check in.'
      : record.todayKept
        ? 'Today is part of it.'
        : 'Check in today to carry it on.';
  return (
    <section className="card record" aria-labelledby="record-title">
      <h2 id="record-title">Your record together</h2>
      <dl className="stats">
        <div className="stat stat-run">
          <dt>Kept days in a row</dt>
          <dd data-testid="current-run">{record.currentRun}</dd>
        </div>
        <div className="stat">
          <dt>Longest run</dt>
          <dd data-testid="longest-run">{record.longestRun}</dd>
        </div>
        <div className="stat">
          <dt>Consistency</dt>
          <dd data-testid="consistency">{record.consistency}</dd>
        </div>
      </dl>
      <p className="muted">{runNote}</p>
      <ul className="windows" aria-label="Kept days recently">
        <li>
          <strong>{record.kept7}</strong> of the last 7 days{pausedNote(record.paused7)}
        </li>
        <li>
          <strong>{record.kept30}</strong> of the last 30 days{pausedNote(record.paused30)}
        </li>
        <li>
          <strong>{record.kept90}</strong> of the last 90 days{pausedNote(record.paused90)}
        </li>
      </ul>
      <p className="explain">{CONSISTENCY_EXPLANATION}</p>
      <p className="explain">
        Trust grows over months, not days. A day apart is a gap in the pattern, never the end of it.
      </p>
    </section>
  );
}

function pausedNote(paused: number): string {
  return paused > 0 ? ` (${plural(paused, 'day')} paused)` : '';
}
