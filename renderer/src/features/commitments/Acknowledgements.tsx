// "I noticed": the other partner acknowledges a kept day, with a few optional words. Both see
// the acknowledgements; only the partner who isn't the author can add one. Seen, not surveilled.

import { useState, type SyntheticEvent } from 'react';
import {
  ACK_TEXT_MAX_LENGTH,
  type CommitmentDay,
  type CommitmentView,
} from '../../../../shared/commitments.ts';
import type { Partner } from '../../../../shared/domain.ts';
import { call } from '../../api.ts';
import { useDraft } from '../../drafts.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { displayName, longDate } from '../../format.ts';
import { LimitedInput } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

/** Kept days waiting to be noticed that are offered at once (most recent first). */
const OFFERED = 3;

interface Props {
  commitment: CommitmentView;
  viewer: Partner;
  partners: readonly Partner[];
}

export function Acknowledgements({ commitment: c, viewer, partners }: Props) {
  const kept = c.days.filter((d) => d.state === 'kept' && d.markId !== null).reverse();
  const noticed = kept.filter((d) => d.ack !== null);
  const canNotice = c.authorId !== viewer.id && viewer.onThisComputer;
  const waiting = canNotice ? kept.filter((d) => d.ack === null).slice(0, OFFERED) : [];
  const [message, setMessage] = useState<StatusMessage | null>(null);
  if (noticed.length === 0 && waiting.length === 0 && !message) return null;
  const nameOf = (id: string): string => {
    if (id === viewer.id) return 'You';
    const p = partners.find((x) => x.id === id);
    return p ? displayName(p.name, 'Your partner') : 'Your partner';
  };
  const titleId = `noticed-${c.id}`;
  return (
    <section className="acknowledgements" aria-labelledby={titleId}>
      <h4 id={titleId}>Noticed</h4>
      {noticed.length > 0 && (
        <ul className="ack-list">
          {noticed.map((d) => (
            <li key={d.date}>
              <strong>{nameOf(d.ack?.authorId ?? '')}</strong> noticed {longDate(d.date)}
              {d.ack?.text ? (
                <>
                  : <q>{d.ack.text}</q>
                </>
              ) : (
                '.'
              )}
            </li>
          ))}
        </ul>
      )}
      {waiting.map((d) => (
        <AckForm key={d.date} commitmentId={c.id} day={d} actorId={viewer.id} onDone={setMessage} />
      ))}
      <StatusLine message={message} />
    </section>
  );
}

function AckForm({
  commitmentId,
  day,
  actorId,
  onDone,
}: {
  commitmentId: string;
  day: CommitmentDay;
  actorId: string;
  /** Told the outcome; the parent shows it, since this form goes once the day is noticed. */
  onDone: (message: StatusMessage) => void;
}) {
  const [text, setText, forget] = useDraft(`ack:${actorId}:${commitmentId}:${day.date}`, '');
  const id = `ack-${commitmentId}-${day.date}`;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('commitments:acknowledge', {
        actorId,
        commitmentId,
        localDate: day.date,
        text,
      });
      forget();
      onDone(saved('Thank you for noticing.'));
    } catch (e) {
      onDone(failure(e));
    }
  };

  return (
    <form
      className="ack-form"
      aria-label={`Notice ${longDate(day.date)}`}
      onSubmit={(e) => void submit(e)}
    >
      <label htmlFor={id}>
        Kept on {longDate(day.date)}. A few words?{' '}
        <span className="optional">(optional, up to {ACK_TEXT_MAX_LENGTH} characters)</span>
      </label>
      <div className="ack-row">
        <LimitedInput
          limit={FIELD_LIMITS.acknowledgement}
          id={id}
          value={text}
          placeholder="I noticed"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit">I noticed</button>
      </div>
    </form>
  );
}
