// Handlers for the daily question (shared/contract-questions.ts): today's question, answering
// (final once given), "another question", reactions after the reveal, and the archive.

import type { questionChannels } from '../../../shared/contract-questions.ts';
import type { Partner } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import type { QuestionDay, QuestionTodayView } from '../../../shared/questions/daily.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import { questionStoreFor } from '../questions/question-store.ts';

type QuestionHandlers = Pick<Handlers, keyof typeof questionChannels>;

/** Words a search can match: case and accents folded away. */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function questionHandlers(ctx: CoreContext): QuestionHandlers {
  const { clock, settings } = ctx;
  const store = questionStoreFor(ctx.db);

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  function personHere(partnerId: string): Partner {
    requireOnboarded();
    const partner = settings.partners().find((p) => p.id === partnerId);
    if (!partner)
      throw new AppError(
        'bad-request',
        'Nuzzle doesn’t know who that is. Choose who you are and try again.',
      );
    if (!partner.onThisComputer) {
      throw new AppError(
        'bad-request',
        `${partner.name || 'Your partner'} answers on their own computer.`,
      );
    }
    return partner;
  }

  function requireToday(date: LocalDate): void {
    const today = todayOf(clock);
    if (date > today) throw new AppError('bad-request', 'That day’s question hasn’t come yet.');
    if (date < today) {
      throw new AppError('read-only', 'That day’s question has passed — today’s is waiting.');
    }
  }

  function todayView(): QuestionTodayView {
    requireOnboarded();
    const today = todayOf(clock);
    const day = store.day(settings.partners(), today);
    return {
      today,
      day,
      canSkip: !store.skippedOn(today) && day.answers.every((a) => !a.answered),
    };
  }

  const changed = () => ctx.emit('changed', { topics: ['questions'] });

  function matches(day: QuestionDay, words: string): boolean {
    const texts = [
      day.question.text,
      ...day.answers.flatMap((a) => [a.text ?? '', a.questionText ?? '', a.reaction?.reply ?? '']),
    ];
    const hay = fold(texts.join('\n'));
    return fold(words)
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => hay.includes(w));
  }

  return {
    'questions:today': () => todayView(),

    'questions:answer': (input) => {
      const partner = personHere(input.partnerId);
      requireToday(input.localDate);
      const day = store.day(settings.partners(), input.localDate);
      if (day.answers.find((a) => a.partnerId === partner.id)?.answered) {
        throw new AppError(
          'bad-request',
          'You’ve already answered today’s question — answers stay as they were given.',
        );
      }
      store.answer(
        {
          authorId: partner.id,
          localDate: input.localDate,
          question: day.question,
          text: input.text,
        },
        clock.timeZone(),
        clock.now(),
      );
      changed();
      return todayView();
    },

    'questions:skip': (input) => {
      const partner = personHere(input.partnerId);
      requireToday(input.localDate);
      const view = todayView();
      if (store.skippedOn(input.localDate)) {
        throw new AppError('bad-request', 'You’ve already asked for another question today.');
      }
      if (!view.canSkip) {
        throw new AppError(
          'bad-request',
          'One of you has already answered this one, so it stays for today.',
        );
      }
      store.skip(partner.id, input.localDate, clock.now());
      changed();
      return todayView();
    },

    'questions:react': (input) => {
      const partner = personHere(input.partnerId);
      if (input.localDate > todayOf(clock)) {
        throw new AppError('bad-request', 'That day’s question hasn’t come yet.');
      }
      const day = store.day(settings.partners(), input.localDate);
      if (day.phase !== 'revealed') {
        throw new AppError(
          'bad-request',
          'You can react once both answers are open — until then they stay sealed.',
        );
      }
      store.react(partner.id, input.localDate, input.heart, input.reply ?? '', clock.now());
      changed();
      return store.day(settings.partners(), input.localDate);
    },

    'questions:archive': (input) => {
      requireOnboarded();
      const partners = settings.partners();
      const days = store
        .answeredDates()
        .map((date) => store.day(partners, date))
        .filter((d) => d.phase === 'revealed');
      const words = input?.search?.trim() ?? '';
      return { days: words ? days.filter((d) => matches(d, words)) : days, total: days.length };
    },
  };
}
