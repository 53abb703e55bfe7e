// One commitment and its record: the words, how often, since when, kept rates over 7/30/90
// days, the last 14 days, acknowledgements, and (for its author) today's mark and changes.

import {
  describeKeptRate,
  describeSchedule,
  describeSince,
  shortDay,
  type CommitmentView,
} from '../../../../shared/commitments.ts';
import type { Partner } from '../../../../shared/domain.ts';
import { displayName, longDate } from '../../format.ts';
import { Acknowledgements } from './Acknowledgements.tsx';
import { DayStrip } from './DayStrip.tsx';
import { ManageCommitment } from './ManageCommitment.tsx';
import { MarkButtons } from './MarkButtons.tsx';

interface Props {
  commitment: CommitmentView;
  /** Who is looking (and acting) on this computer. */
  viewer: Partner;
  partners: readonly Partner[];
  today: string;
}

export function CommitmentCard({ commitment: c, viewer, partners, today }: Props) {
  const author = partners.find((p) => p.id === c.authorId);
  const authorName = author ? displayName(author.name, 'Your partner') : 'Your partner';
  const own = c.authorId === viewer.id;
  const titleId = `commitment-${c.id}`;
  return (
    <article className="card commitment" aria-labelledby={titleId} data-status={c.status}>
      <h3 id={titleId}>{c.text}</h3>
      <p className="commitment-meta">
        <span>{authorName}’s</span> · <span>{describeSchedule(c.schedule)}</span> ·{' '}
        <span>{sinceText(c, today)}</span>
      </p>
      <StatusNote commitment={c} />
      {c.reviewDue && (
        <p className="banner review-due" role="note">
          It’s the review day you chose. Worth a look together: keep it as it is, reword it, or
          retire it.
        </p>
      )}

      <dl className="commitment-windows" aria-label="Kept recently">
        {c.windows.map((w) => (
          <div key={w.days} className="commitment-window">
            <dt>Last {w.days} days</dt>
            <dd data-testid={`rate-${String(w.days)}`}>
              {describeKeptRate(w, { todayOpen: c.dueToday && c.todayMark === null })}
            </dd>
          </div>
        ))}
      </dl>
      <DayStrip days={c.days} label={`The last ${String(c.days.length)} days`} />

      {own && c.dueToday && (
        <MarkButtons
          commitmentId={c.id}
          actorId={viewer.id}
          today={today}
          current={c.todayMark}
          legend="Kept today?"
          idBase={`card-mark-${c.id}`}
        />
      )}

      <Acknowledgements commitment={c} viewer={viewer} partners={partners} />

      {c.versions.length > 1 && (
        <details className="versions">
          <summary>Earlier wording ({c.versions.length - 1})</summary>
          <ol>
            {c.versions.slice(0, -1).map((v, i) => {
              const next = c.versions[i + 1];
              return (
                <li key={v.id}>
                  <q>{v.text}</q>{' '}
                  <span className="muted">
                    — from {shortDay(v.effectiveDate, today)}
                    {next ? ` until reworded on ${shortDay(next.effectiveDate, today)}` : ''}
                  </span>
                </li>
              );
            })}
          </ol>
        </details>
      )}

      {own && c.status !== 'retired' && (
        <ManageCommitment commitment={c} actorId={viewer.id} today={today} />
      )}
    </article>
  );
}

function sinceText(c: CommitmentView, today: string): string {
  if (c.status === 'upcoming') return `starts ${longDate(c.startDate)}`;
  return describeSince(c.startDate, today, c.daysSinceStart);
}

function StatusNote({ commitment: c }: { commitment: CommitmentView }) {
  if (c.status === 'paused' && c.pausedUntil) {
    return (
      <p className="commitment-status">
        Resting until {longDate(c.pausedUntil)}. Paused days count neither way.
      </p>
    );
  }
  if (c.status === 'retired' && c.retiredOn) {
    return (
      <p className="commitment-status">
        Retired{c.retiredOn > c.startDate ? ` from ${longDate(c.retiredOn)}` : ''}. Its record
        stays.
      </p>
    );
  }
  return null;
}
