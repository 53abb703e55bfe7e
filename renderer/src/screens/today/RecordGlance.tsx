// The record at a glance, beside the check-in. It leads with what was kept — the pattern —
// and never puts a zero in large type: after a gap it speaks of the days kept so far.

import type { RecordSummary } from '../../../../shared/record.ts';
import { plural } from '../../format.ts';

export function RecordGlance({ record }: { record: RecordSummary }) {
  return (
    <section className="card record-glance" aria-labelledby="glance-title">
      <h2 id="glance-title">Your pattern</h2>
      {record.totalKept === 0 ? (
        <p className="muted" data-testid="glance-lead">
          A kept day is one you both check in. Your first one starts the pattern.
        </p>
      ) : (
        <>
          <Lead record={record} />
          <ul className="glance-lines">
            <li>{`${String(record.kept7)} of the last 7 days`}</li>
            {record.currentRun > 1 && (
              <li data-testid="glance-run">{`${String(record.currentRun)} days in a row`}</li>
            )}
            <li>{`${plural(record.totalKept, 'kept day')} in all`}</li>
          </ul>
        </>
      )}
      <a href="#/history" className="glance-more">
        See the year
      </a>
    </section>
  );
}

function Lead({ record }: { record: RecordSummary }) {
  const recent = record.kept30 > 0;
  return (
    <p className="glance-lead" data-testid="glance-lead">
      <strong>{recent ? record.kept30 : record.totalKept}</strong>{' '}
      {recent
        ? `kept ${record.kept30 === 1 ? 'day' : 'days'} in the last 30`
        : `kept ${record.totalKept === 1 ? 'day' : 'days'} together so far`}
    </p>
  );
}
