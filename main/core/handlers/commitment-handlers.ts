// Handlers for the commitments channels (shared/contract-commitments.ts).
//
// Who may do what: a commitment's author writes, rewords, pauses, retires and marks it; only
// the other partner acknowledges a kept day. Either must use this computer (both do in "both
// of us" mode). Marks are for the author's local today only; earlier days stay as they were.

import {
  PAUSE_MAX_DAYS,
  commitmentStatus,
  isDueOn,
  rulesOf,
  shortDay,
  type Commitment,
  type CommitmentView,
} from '../../../shared/commitments.ts';
import type { CommitmentsView, commitmentChannels } from '../../../shared/contract-commitments.ts';
import type { Partner } from '../../../shared/domain.ts';
import { addDays, daysBetween, type LocalDate } from '../../../shared/local-day.ts';
import {
  commitmentStoreFor,
  type StoredAck,
  type StoredMark,
} from '../commitments/commitment-store.ts';
import { buildView, earliestNeeded } from '../commitments/view.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type CommitmentHandlers = Pick<Handlers, keyof typeof commitmentChannels>;

/** How far ahead a commitment may be set to start. */
const START_MAX_DAYS_AHEAD = 365;

function byCommitment<T extends { commitmentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.commitmentId);
    if (list) list.push(row);
    else map.set(row.commitmentId, [row]);
  }
  return map;
}

const nameOf = (p: Partner): string => p.name.trim() || (p.role === 'me' ? 'You' : 'Your partner');

export function commitmentHandlers(ctx: CoreContext): CommitmentHandlers {
  const { clock, settings, db } = ctx;
  const store = commitmentStoreFor(db);

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  /** The partner acting: part of this Nuzzle and using this computer. */
  function actor(actorId: string): Partner {
    requireOnboarded();
    const partner = settings.partners().find((p) => p.id === actorId);
    if (!partner)
      throw new AppError(
        'bad-request',
        'Nuzzle doesn’t know who that is. Choose who you are and try again.',
      );
    if (!partner.onThisComputer) {
      throw new AppError(
        'bad-request',
        `${nameOf(partner)} uses Nuzzle on their own computer, so this is theirs to do there.`,
      );
    }
    return partner;
  }

  function find(commitmentId: string): Commitment {
    const commitment = store.get(commitmentId);
    if (!commitment) throw new AppError('not-found', 'That commitment isn’t here any more.');
    return commitment;
  }

  /** The commitment, when the actor is its author (only they change or mark it). */
  function own(commitmentId: string, actorId: string): Commitment {
    const who = actor(actorId);
    const commitment = find(commitmentId);
    if (commitment.authorId !== who.id) {
      const author = settings.partners().find((p) => p.id === commitment.authorId);
      throw new AppError(
        'bad-request',
        `This is ${author ? `${nameOf(author)}’s` : 'your partner’s'} commitment — only they mark or change it.`,
      );
    }
    return commitment;
  }

  function notRetired(commitment: Commitment): void {
    if (commitment.retiredOn !== null) {
      throw new AppError(
        'read-only',
        'This commitment is retired. Its history stays just as it was.',
      );
    }
  }

  function viewOf(commitment: Commitment, today: LocalDate): CommitmentView {
    const since = earliestNeeded(today);
    const marks = store.marksSince(since).filter((m) => m.commitmentId === commitment.id);
    const acks = store.acksSince(since).filter((a) => a.commitmentId === commitment.id);
    return buildView(commitment, marks, acks, today);
  }

  /** Runs one user action in a transaction, tells screens, and answers with the new view. */
  function act(write: (today: LocalDate, now: number) => Commitment): CommitmentView {
    const today = ctx.days.myDay();
    const saved = db.transaction(() => write(today, clock.now()))();
    ctx.emit('changed', { topics: ['commitments'] });
    return viewOf(saved, today);
  }

  /** Everything (the old call), or the current ones and one page of retired ones. */
  function listed(
    limit: number | undefined,
    before: string | null,
    view: (c: Commitment) => CommitmentView,
  ): Pick<CommitmentsView, 'commitments' | 'retiredNext' | 'retiredTotal'> {
    const retiredTotal = store.retiredCount();
    if (limit === undefined) {
      return { commitments: store.all().map(view), retiredNext: null, retiredTotal };
    }
    const page = limit === 0 ? [] : store.retired(limit + 1, before);
    const shown = page.slice(0, limit);
    return {
      commitments: [...store.current(), ...shown].map(view),
      retiredNext: page.length > limit ? (shown[shown.length - 1]?.id ?? null) : null,
      retiredTotal,
    };
  }

  return {
    'commitments:list': (input) => {
      requireOnboarded();
      const today = ctx.days.myDay();
      const since = earliestNeeded(today);
      const marks = byCommitment<StoredMark>(store.marksSince(since));
      const acks = byCommitment<StoredAck>(store.acksSince(since));
      const current = settings.get();
      return {
        today,
        computerMode: current.computerMode,
        partners: current.partners,
        ...listed(input?.retiredLimit, input?.retiredBefore ?? null, (c) =>
          buildView(c, marks.get(c.id) ?? [], acks.get(c.id) ?? [], today),
        ),
      };
    },

    'commitments:create': (input) => {
      const author = actor(input.actorId);
      return act((today, now) => {
        if (input.startDate < today) {
          throw new AppError(
            'bad-request',
            'A commitment starts today or later — pick today’s date to begin now.',
          );
        }
        if (daysBetween(today, input.startDate) > START_MAX_DAYS_AHEAD) {
          throw new AppError('bad-request', 'Pick a start date within the next year.');
        }
        return store.create(
          {
            authorId: author.id,
            text: input.text,
            schedule: input.schedule,
            startDate: input.startDate,
            reviewDate: input.reviewDate ?? null,
          },
          now,
        );
      });
    },

    'commitments:update': (input) => {
      const commitment = own(input.commitmentId, input.actorId);
      notRetired(commitment);
      const rewording = input.text !== undefined && input.text !== commitment.text;
      const review = input.reviewDate === undefined ? commitment.reviewDate : input.reviewDate;
      const reviewing = review !== commitment.reviewDate;
      if (review !== null && review < commitment.startDate) {
        throw new AppError('bad-request', 'A review date comes on or after the start date.');
      }
      // Nothing differs: answer without writing, so the outbox carries no empty changes.
      if (!rewording && !reviewing) return viewOf(commitment, ctx.days.myDay());
      return act((today, now) => {
        let saved = commitment;
        if (rewording && input.text !== undefined) {
          const from = today < commitment.startDate ? commitment.startDate : today;
          saved = store.reword(commitment.id, commitment.authorId, input.text, from, now);
        }
        if (reviewing) saved = store.setReviewDate(commitment.id, commitment.authorId, review, now);
        return saved;
      });
    },

    'commitments:mark': (input) => {
      const commitment = own(input.commitmentId, input.actorId);
      notRetired(commitment);
      return act((myToday, now) => {
        // The author's own day (zone and "day ends at"): the mark is for it.
        const author = ctx.days.all().find((d) => d.partnerId === commitment.authorId);
        const today = author?.today ?? myToday;
        if (input.localDate > today) {
          throw new AppError('bad-request', 'That day hasn’t come yet — mark it on the day.');
        }
        if (input.localDate < today) {
          throw new AppError(
            'read-only',
            'Earlier days stay as they were. Today’s mark can be changed until the day ends.',
          );
        }
        const rules = rulesOf(commitment);
        if (!isDueOn(rules, today)) {
          const status = commitmentStatus(rules, today);
          throw new AppError(
            'bad-request',
            status === 'paused'
              ? 'This commitment is resting today, so there’s nothing to mark.'
              : status === 'upcoming'
                ? 'This commitment hasn’t started yet.'
                : 'This commitment isn’t on today’s schedule, so there’s nothing to mark.',
          );
        }
        store.saveMark(
          {
            commitmentId: commitment.id,
            authorId: commitment.authorId,
            localDate: today,
            value: input.value,
            timeZone: author?.timeZone ?? clock.timeZone(),
          },
          now,
        );
        return commitment;
      });
    },

    'commitments:acknowledge': (input) => {
      const who = actor(input.actorId);
      const commitment = find(input.commitmentId);
      if (commitment.authorId === who.id) {
        throw new AppError(
          'bad-request',
          'Acknowledgements come from the other partner — this one is yours to keep.',
        );
      }
      return act((today, now) => {
        const mark = input.localDate <= today ? store.markOn(commitment.id, input.localDate) : null;
        if (mark?.value !== 'kept' || !isDueOn(rulesOf(commitment), input.localDate)) {
          throw new AppError('bad-request', 'Only a day marked kept can be acknowledged.');
        }
        store.saveAck(
          {
            markId: mark.id,
            commitmentId: commitment.id,
            localDate: mark.localDate,
            authorId: who.id,
            text: input.text ?? '',
          },
          now,
        );
        return commitment;
      });
    },

    'commitments:pause': (input) => {
      const commitment = own(input.commitmentId, input.actorId);
      notRetired(commitment);
      return act((today, now) => {
        if (input.startDate < today) {
          throw new AppError(
            'bad-request',
            'A pause starts today or later — earlier days stay as they were.',
          );
        }
        if (daysBetween(input.startDate, input.endDate) + 1 > PAUSE_MAX_DAYS) {
          throw new AppError(
            'bad-request',
            'A pause can last up to a year. If this one has run its course, retiring it keeps its history.',
          );
        }
        const overlap = commitment.pauses.find(
          (p) => p.startDate <= input.endDate && input.startDate <= p.endDate,
        );
        if (overlap) {
          throw new AppError(
            'bad-request',
            `That overlaps a pause already planned (${shortDay(overlap.startDate)} to ${shortDay(overlap.endDate)}).`,
          );
        }
        return store.addPause(
          commitment.id,
          commitment.authorId,
          input.startDate,
          input.endDate,
          now,
        );
      });
    },

    'commitments:end-pause': (input) => {
      const commitment = own(input.commitmentId, input.actorId);
      notRetired(commitment);
      return act((today, now) => {
        const pause = commitment.pauses.find((p) => p.id === input.pauseId);
        if (!pause) throw new AppError('not-found', 'That pause was already ended.');
        if (pause.endDate < today) throw new AppError('read-only', 'That pause is already over.');
        // A pause that hasn't rested any earlier day is cancelled; one under way ends yesterday.
        return pause.startDate >= today
          ? store.cancelPause(commitment.id, pause.id, commitment.authorId, now)
          : store.shortenPause(
              commitment.id,
              pause.id,
              commitment.authorId,
              addDays(today, -1),
              now,
            );
      });
    },

    'commitments:retire': (input) => {
      const commitment = own(input.commitmentId, input.actorId);
      if (commitment.retiredOn !== null) {
        throw new AppError('read-only', 'This commitment is already retired.');
      }
      return act((today, now) => {
        // A mark already made today keeps counting: retired from tomorrow in that case.
        const markedToday = store.markOn(commitment.id, today) !== null;
        const from = markedToday && isDueOn(rulesOf(commitment), today) ? addDays(today, 1) : today;
        return store.retire(commitment.id, commitment.authorId, from, now);
      });
    },
  };
}
