// Check-ins, the Today view, history and pauses.

import type { Partner, TodayView } from '../../../shared/domain.ts';
import type { LocalDate } from '../../../shared/local-day.ts';
import {
  summarizeRecord,
  yearCalendar,
  settledByWeek,
  type RecordInput,
} from '../../../shared/record.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import type { CoreContext } from '../context.ts';
import { todayOf } from '../clock.ts';
import { AppError } from '../errors.ts';
import type { ReminderService } from '../reminders/reminder-service.ts';

type CheckinHandlers = Pick<
  Handlers,
  'today:get' | 'checkins:save' | 'checkins:quick' | 'history:get' | 'pauses:add' | 'pauses:remove'
>;

/** Weeks of "settled" shown in History: a year, because months are the honest timescale. */
const SETTLED_WEEKS = 52;

export function checkinHandlers(ctx: CoreContext, reminders: ReminderService): CheckinHandlers {
  const { clock, settings, checkins, pauses } = ctx;

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  /** Only partners who use this computer can check in here; only for today. */
  function checkinTarget(partnerId: string, localDate: LocalDate): Partner {
    requireOnboarded();
    const partner = settings.partners().find((p) => p.id === partnerId);
    if (!partner) throw new AppError('bad-request', 'That person is not part of this Nuzzle.');
    if (!partner.onThisComputer) {
      throw new AppError(
        'bad-request',
        `${partner.name || 'Your partner'} checks in on their own computer.`,
      );
    }
    const today = todayOf(clock);
    if (localDate > today) {
      throw new AppError('bad-request', 'That day hasn’t come yet — check-ins are for today.');
    }
    if (localDate < today) {
      throw new AppError(
        'read-only',
        'Earlier days stay as they were. You can change today’s check-in until midnight.',
      );
    }
    return partner;
  }

  function recordInput(): RecordInput {
    const [me, partner] = settings.partners();
    return {
      partnerIds: [me?.id ?? 'me', partner?.id ?? 'partner'],
      checkins: checkins.marks(),
      pauses: pauses.list(),
      today: todayOf(clock),
    };
  }

  function todayView(): TodayView {
    const today = todayOf(clock);
    const onDate = checkins.onDate(today);
    return {
      today,
      timeZone: clock.timeZone(),
      now: clock.now(),
      partners: settings.partners().map((partner) => ({
        partner,
        checkin: onDate.find((c) => c.authorId === partner.id) ?? null,
        editable: partner.onThisComputer,
      })),
      record: summarizeRecord(recordInput()),
      pausedToday: pauses.list().find((p) => p.startDate <= today && today <= p.endDate) ?? null,
      reminder: reminders.status(),
    };
  }

  const changed = () => ctx.emit('changed', { topics: ['checkins'] });

  return {
    'today:get': () => {
      requireOnboarded();
      return todayView();
    },
    'checkins:save': (input) => {
      const partner = checkinTarget(input.partnerId, input.localDate);
      const saved = checkins.save(
        {
          authorId: partner.id,
          localDate: input.localDate,
          timeZone: clock.timeZone(),
          mood: input.mood,
          closeness: input.closeness,
          settled: input.settled,
          note: input.note?.trim() ?? '',
          shared: input.shared?.trim() ?? '',
        },
        clock.now(),
      );
      changed();
      return saved;
    },
    'checkins:quick': (input) => {
      const partner = checkinTarget(input.partnerId, input.localDate);
      // A one-click mood keeps anything already written today and fills the rest mid-scale.
      const existing = checkins.get(partner.id, input.localDate);
      const saved = checkins.save(
        {
          authorId: partner.id,
          localDate: input.localDate,
          timeZone: existing?.timeZone ?? clock.timeZone(),
          mood: input.mood,
          closeness: existing?.closeness ?? 3,
          settled: existing?.settled ?? 3,
          note: existing?.note ?? '',
          shared: existing?.shared ?? '',
        },
        clock.now(),
      );
      changed();
      return saved;
    },
    'history:get': () => {
      requireOnboarded();
      const input = recordInput();
      const calendar = yearCalendar(input);
      return {
        today: input.today,
        record: summarizeRecord(input),
        calendar: calendar.weeks,
        months: calendar.months,
        settled: settledByWeek(input, SETTLED_WEEKS),
        partners: settings.partners(),
        pauses: pauses.list(),
      };
    },
    'pauses:add': (input) => {
      requireOnboarded();
      const pause = pauses.add(
        {
          authorId: settings.me().id,
          startDate: input.startDate,
          endDate: input.endDate,
          reason: input.reason?.trim() ?? '',
        },
        clock.now(),
      );
      ctx.emit('changed', { topics: ['pauses'] });
      return pause;
    },
    'pauses:remove': (input) => {
      requireOnboarded();
      const removed = pauses.remove(input.id, settings.me().id, clock.now());
      if (!removed) throw new AppError('not-found', 'That pause was already removed.');
      ctx.emit('changed', { topics: ['pauses'] });
      return { removed };
    },
  };
}
