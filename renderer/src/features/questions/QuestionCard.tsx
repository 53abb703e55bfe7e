// Today's question: one for both of you. Each person on this computer answers in a few
// words (final once given); the answers stay sealed until both are in, then show side by
// side with a heart and a short reply. Used on Today and, compact, in the quick window.

import { useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Partner } from '../../../../shared/domain.ts';
import { characterCount } from '../../../../shared/notes.ts';
import {
  ANSWER_MAX_LENGTH,
  type AnswerView,
  type QuestionDay,
  type QuestionTodayView,
} from '../../../../shared/questions/daily.ts';
import { call } from '../../api.ts';
import { useDraft } from '../../drafts.ts';
import { StatusLine, failure, type StatusMessage } from '../../components/StatusLine.tsx';
import { displayName } from '../../format.ts';
import { useChannel } from '../../use-channel.ts';
import './questions.css';
import { LimitedInput, LimitedTextarea } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

export function QuestionCard({
  partners,
  compact = false,
}: {
  partners: readonly Partner[];
  compact?: boolean;
}) {
  const { data, error } = useChannel('questions:today', ['questions', 'settings', 'clock']);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return null;
  return <QuestionContent view={data} partners={partners} compact={compact} />;
}

const nameOf = (p: Partner | undefined, fallback: string) =>
  p ? displayName(p.name, p.role === 'me' ? 'You' : 'Your partner') : fallback;

function QuestionContent({
  view,
  partners,
  compact,
}: {
  view: QuestionTodayView;
  partners: readonly Partner[];
  compact: boolean;
}) {
  const { day } = view;
  const here = partners.filter((p) => p.onThisComputer);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const skip = async () => {
    const who = here[0];
    if (!who) return;
    try {
      await call('questions:skip', { partnerId: who.id, localDate: view.today });
      setMessage(null);
    } catch (e) {
      setMessage(failure(e));
    }
  };
  const Heading = compact ? 'h1' : 'h2';
  return (
    <section
      className={compact ? 'question-card compact' : 'card question-card'}
      aria-labelledby="question-title"
      data-testid="question-card"
    >
      <Heading id="question-title">Today’s question</Heading>
      <p className="question-text">{day.question.text}</p>
      <p className="muted question-status" data-testid="question-status">
        {statusLine(day, partners)}
      </p>
      {day.phase === 'revealed' ? (
        <Revealed day={day} partners={partners} />
      ) : (
        <>
          {here
            .filter((p) => !day.answers.find((a) => a.partnerId === p.id)?.answered)
            .map((p) => (
              <AnswerForm
                key={p.id}
                partner={p}
                today={view.today}
                label={here.length > 1 ? `${nameOf(p, 'Partner')}’s answer` : 'Your answer'}
                autoFocus={compact}
              />
            ))}
          {here.length === 1 && <OwnSealed day={day} partner={here[0]} />}
        </>
      )}
      {view.canSkip && (
        <p className="question-skip">
          <button type="button" className="link" onClick={() => void skip()}>
            Ask for another question
          </button>{' '}
          <span className="muted">(once a day, for both of you)</span>
        </p>
      )}
      <StatusLine message={message} />
      {!compact && (
        <p className="question-more">
          <a href="#/questions">Past questions</a> · Answering is just for the two of you — it
          doesn’t count toward your kept days.
        </p>
      )}
    </section>
  );
}

function statusLine(day: QuestionDay, partners: readonly Partner[]): string {
  const name = (id: string) =>
    nameOf(
      partners.find((p) => p.id === id),
      'Your partner',
    );
  if (day.phase === 'revealed') return 'You’ve both answered. Here they are, side by side.';
  if (day.phase === 'unsealing') {
    return 'You’ve both answered. The answers open as soon as your computers have swapped them.';
  }
  const answered = day.answers.filter((a) => a.answered);
  if (answered.length === 0) {
    return 'Nobody has answered yet. Answers stay sealed until you both have.';
  }
  // On one's own computer, speak to "you"; on a shared one, name both.
  const alone = partners.filter((p) => p.onThisComputer).length === 1;
  const who = (id: string) =>
    alone && partners.find((p) => p.id === id)?.onThisComputer ? 'you' : name(id);
  const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const waitingFor = day.answers.filter((a) => !a.answered).map((a) => who(a.partnerId));
  return `${cap(answered.map((a) => who(a.partnerId)).join(' and '))} answered · waiting for ${waitingFor.join(' and ')}. Sealed until you’ve both answered.`;
}

/** On one's own computer: one's own words, sealed from the partner until they answer. */
function OwnSealed({ day, partner }: { day: QuestionDay; partner: Partner | undefined }) {
  const own = day.answers.find((a) => a.partnerId === partner?.id);
  if (!own?.answered || own.text === null) return null;
  return (
    <figure className="question-own">
      <figcaption>Your answer (only you can see it for now)</figcaption>
      <blockquote>{own.text}</blockquote>
    </figure>
  );
}

function AnswerForm({
  partner,
  today,
  label,
  autoFocus,
}: {
  partner: Partner;
  today: string;
  label: string;
  autoFocus: boolean;
}) {
  const [text, setText, forget] = useDraft(`question-answer:${partner.id}:${today}`, '');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [sending, setSending] = useState(false);
  const count = characterCount(text.trim());
  const areaId = `question-answer-${partner.id}`;
  const countId = `${areaId}-count`;

  const send = async (event?: SyntheticEvent) => {
    event?.preventDefault();
    if (sending) return;
    setSending(true);
    try {
      await call('questions:answer', { partnerId: partner.id, localDate: today, text });
      forget();
      setMessage(null);
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setSending(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };
  return (
    <form className="question-answer" onSubmit={(e) => void send(e)} aria-label={label}>
      <label className="field" htmlFor={areaId}>
        {label}
      </label>
      <LimitedTextarea
        limit={FIELD_LIMITS.answer}
        showCount={false}
        id={areaId}
        rows={3}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={countId}
        autoFocus={autoFocus}
      />
      <p id={countId} className="note-count">
        {count} / {ANSWER_MAX_LENGTH} · answers stay as given
      </p>
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={sending}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Answer
        </button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}

/** Both answers side by side, each with the other's heart and reply. */
export function Revealed({
  day,
  partners,
  reactable = true,
}: {
  day: QuestionDay;
  partners: readonly Partner[];
  /** The archive shows reactions without the forms. */
  reactable?: boolean;
}) {
  return (
    <div className="question-revealed">
      {day.answers.map((a) => {
        const author = partners.find((p) => p.id === a.partnerId);
        const other = day.answers.find((x) => x.partnerId !== a.partnerId);
        const reactor = partners.find((p) => p.id === other?.partnerId);
        return (
          <figure key={a.partnerId} className="question-answer-shown">
            <figcaption>{nameOf(author, 'Your partner')}</figcaption>
            {a.questionText && a.questionText !== day.question.text && (
              <p className="muted">{a.questionText}</p>
            )}
            <blockquote>{a.text}</blockquote>
            {other?.reaction && (other.reaction.heart || other.reaction.reply) && (
              <p className="question-reaction">
                {other.reaction.heart && (
                  <span role="img" aria-label="a heart">
                    ♥
                  </span>
                )}{' '}
                {other.reaction.reply && (
                  <span>
                    {nameOf(reactor, 'Your partner')}: {other.reaction.reply}
                  </span>
                )}
              </p>
            )}
            {reactable && reactor?.onThisComputer && (
              <ReactionForm
                day={day}
                reactor={reactor}
                to={nameOf(author, 'your partner')}
                current={other?.reaction ?? null}
              />
            )}
          </figure>
        );
      })}
    </div>
  );
}

function ReactionForm({
  day,
  reactor,
  to,
  current,
}: {
  day: QuestionDay;
  reactor: Partner;
  to: string;
  current: AnswerView['reaction'];
}) {
  const [reply, setReply, forget] = useDraft(
    `question-reply:${reactor.id}:${day.date}`,
    current?.reply ?? '',
  );
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const heart = current?.heart ?? false;
  const save = async (nextHeart: boolean, nextReply: string) => {
    try {
      await call('questions:react', {
        partnerId: reactor.id,
        localDate: day.date,
        heart: nextHeart,
        reply: nextReply,
      });
      if (nextReply === reply) forget();
      setMessage(null);
    } catch (e) {
      setMessage(failure(e));
    }
  };
  const replyId = `question-reply-${day.date}-${reactor.id}`;
  return (
    <form
      className="question-react"
      aria-label={`Reply to ${to}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(heart, reply);
      }}
    >
      <button
        type="button"
        className="heart"
        aria-pressed={heart}
        onClick={() => void save(!heart, current?.reply ?? '')}
      >
        {heart ? '♥ Hearted' : '♡ Send a heart'}
      </button>
      <label className="field" htmlFor={replyId}>
        A short reply to {to}
      </label>
      <LimitedInput
        limit={FIELD_LIMITS.reply}
        id={replyId}
        type="text"
        value={reply}
        onChange={(e) => setReply(e.target.value)}
      />
      <button type="submit">Send reply</button>
      <StatusLine message={message} />
    </form>
  );
}
