// For a commitment's author: reword it (the earlier wording stays in its history), set a
// review day, pause it for a stretch, end or cancel a pause, or retire it. History stays.

import { useState, type SyntheticEvent } from 'react';
import { addDays } from '../../../../shared/local-day.ts';
import type { CommitmentView } from '../../../../shared/commitments.ts';
import { call } from '../../api.ts';
import { hasDraft, useDraft } from '../../drafts.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { longDate } from '../../format.ts';
import { LimitedTextarea } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

interface Props {
  commitment: CommitmentView;
  actorId: string;
  today: string;
}

export function ManageCommitment({ commitment: c, actorId, today }: Props) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(saved(done));
      return true;
    } catch (e) {
      setMessage(failure(e));
      return false;
    }
  };
  const base = { actorId, commitmentId: c.id };
  // Unsaved rewording waits inside: open on return so it isn't hidden.
  const [open, setOpen] = useState(() => {
    const key = wordingDraftKey(c, actorId);
    return hasDraft(key) || hasDraft(`${key}:review`);
  });
  return (
    <details className="manage" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Change, pause or retire</summary>
      {/* Remounts with fresh values whenever the stored commitment changes. */}
      <WordingForm key={c.updatedAt} commitment={c} actorId={actorId} run={run} />
      {/* Its suggested dates start from today, so it starts afresh when the day turns. */}
      <PauseSection key={today} commitment={c} actorId={actorId} today={today} run={run} />
      <RetireSection
        onRetire={() =>
          run(
            () => call('commitments:retire', base),
            'Retired. It won’t come up any more; its record stays.',
          )
        }
      />
      <StatusLine message={message} />
    </details>
  );
}

type Run = (work: () => Promise<unknown>, done: string) => Promise<boolean>;

/** A draft of new wording belongs to one stored version: a change elsewhere starts afresh. */
const wordingDraftKey = (c: CommitmentView, actorId: string) =>
  `commitment-wording:${actorId}:${c.id}:${c.updatedAt}`;

function WordingForm({
  commitment: c,
  actorId,
  run,
}: {
  commitment: CommitmentView;
  actorId: string;
  run: Run;
}) {
  const draft = wordingDraftKey(c, actorId);
  const [text, setText, forgetText] = useDraft(draft, c.text);
  const [reviewDate, setReviewDate, forgetReview] = useDraft(`${draft}:review`, c.reviewDate ?? '');
  const idBase = `edit-${c.id}`;
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const done = await run(
      () =>
        call('commitments:update', {
          actorId,
          commitmentId: c.id,
          text,
          reviewDate: reviewDate === '' ? null : reviewDate,
        }),
      'Saved. Earlier wording stays in its history.',
    );
    if (done) {
      forgetText();
      forgetReview();
    }
  };
  return (
    <form
      className="manage-part"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Wording and review day"
    >
      <label className="field" htmlFor={`${idBase}-text`}>
        Wording
      </label>
      <LimitedTextarea
        limit={FIELD_LIMITS.commitment}
        id={`${idBase}-text`}
        value={text}
        rows={2}
        onChange={(e) => setText(e.target.value)}
      />
      <label className="field" htmlFor={`${idBase}-review`}>
        Look at it together on <span className="optional">(optional)</span>
      </label>
      <input
        id={`${idBase}-review`}
        type="date"
        value={reviewDate}
        min={c.startDate}
        onChange={(e) => setReviewDate(e.target.value)}
      />
      <div className="form-actions">
        <button type="submit">Save changes</button>
      </div>
    </form>
  );
}

function PauseSection({
  commitment: c,
  actorId,
  today,
  run,
}: {
  commitment: CommitmentView;
  actorId: string;
  today: string;
  run: Run;
}) {
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(addDays(today, 6));
  const idBase = `pause-${c.id}`;
  const current = c.pauses.find((p) => p.startDate <= today && today <= p.endDate);
  const planned = c.pauses.filter((p) => p.startDate > today);
  const endPause = (pauseId: string, done: string) =>
    void run(() => call('commitments:end-pause', { actorId, commitmentId: c.id, pauseId }), done);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void run(
      () =>
        call('commitments:pause', {
          actorId,
          commitmentId: c.id,
          startDate: start,
          endDate: end,
        }),
      `Paused from ${longDate(start)} to ${longDate(end)}. Those days count neither way.`,
    );
  };
  return (
    <div className="manage-part" role="group" aria-labelledby={`${idBase}-title`}>
      <h4 id={`${idBase}-title`}>Pause</h4>
      {current && (
        <p>
          Resting until {longDate(current.endDate)}.{' '}
          <button
            type="button"
            onClick={() => endPause(current.id, 'Welcome back — it comes up again from today.')}
          >
            Resume from today
          </button>
        </p>
      )}
      {planned.length > 0 && (
        <ul className="planned-pauses">
          {planned.map((p) => (
            <li key={p.id}>
              Planned: {longDate(p.startDate)} to {longDate(p.endDate)}{' '}
              <button
                type="button"
                onClick={() => endPause(p.id, 'That pause is cancelled.')}
                aria-label={`Cancel the pause from ${longDate(p.startDate)}`}
              >
                Cancel
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" noValidate onSubmit={submit} aria-label="Plan a pause">
        <label>
          Rest from
          <input type="date" value={start} min={today} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          until
          <input type="date" value={end} min={start} onChange={(e) => setEnd(e.target.value)} />
        </label>
        <button type="submit">Pause</button>
      </form>
      <p className="hint">
        For travel, illness or a hard week. Paused days don’t count either way.
      </p>
    </div>
  );
}

function RetireSection({ onRetire }: { onRetire: () => Promise<boolean> }) {
  const [asking, setAsking] = useState(false);
  return (
    <div className="manage-part">
      <h4>Retire</h4>
      {asking ? (
        <p role="group" aria-label="Retire this commitment?">
          It will stop coming up in check-ins. Its record and wording stay visible to you both.{' '}
          <button type="button" onClick={() => void onRetire()}>
            Yes, retire it
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Retire this commitment
        </button>
      )}
    </div>
  );
}
