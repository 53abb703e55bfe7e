// The running record: runs, recent kept days and the pattern, in warm words. The pattern
// score shows as a quiet bar and a word ("building", "steady"), never as a grade.

import { type RecordSummary } from '../../../shared/record.ts';
import {
  CONSISTENCY_EXPLANATION,
  STAGE_WORDS,
  patternStage,
} from '../../../shared/record-words.ts';
import { plural } from '../format.ts';

export function RecordCard({ record }: { record: RecordSummary }) {
  const stage = STAGE_WORDS[patternStage(record.consistency)];
  const runNote =
    record.currentRun === 0
      ? record.totalKept === 0
        ? 'Your first kept day starts the pattern.'
        : 'Every kept day is still here. The next one you share starts a new run.'
      : record.todayKept
        ? 'Today is part of it.'
        : 'Today is still open, whenever you’re ready.';
  return (
    <section className="card record" aria-labelledby="record-title">
      <h2 id="record-title">Your record together</h2>
      {/* Leads with the pattern and what was kept, never a run that a gap has just reset. */}
      <dl className="stats">
        <div className="stat stat-lead">
          <dt>Your pattern</dt>
          <dd data-testid="consistency" data-score={record.consistency}>
            {stage.label}
            <svg className="pattern-bar" viewBox="0 0 100 6" aria-hidden="true" focusable="false">
              <rect className="pattern-track" width="100" height="6" rx="3" />
              <rect className="pattern-fill" width={record.consistency} height="6" rx="3" />
            </svg>
          </dd>
        </div>
        <div className="stat">
          <dt>Kept in the last 30 days</dt>
          <dd data-testid="kept-30">{plural(record.kept30, 'day')}</dd>
        </div>
        {record.currentRun > 0 ? (
          <div className="stat">
            <dt>Kept days in a row</dt>
            <dd data-testid="current-run">{record.currentRun}</dd>
          </div>
        ) : (
          record.longestRun > 0 && (
            <div className="stat">
              <dt>Longest run so far</dt>
              <dd data-testid="longest-run">{plural(record.longestRun, 'day')}</dd>
            </div>
          )
        )}
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
      <p className="explain" data-testid="pattern-detail">
        {stage.detail} {CONSISTENCY_EXPLANATION}
      </p>
      <p className="explain">
        Trust grows over months, not days. A day apart is a gap in the pattern, never the end of it.
        A day still running for either of you is never counted as missed.
      </p>
    </section>
  );
}

function pausedNote(paused: number): string {
  return paused > 0 ? ` (${plural(paused, 'day')} paused)` : '';
}
