// Check-ins, the Today view, history and pauses.
//
// Each partner checks in for their own day (their zone, their "day ends at"); earlier days
// stay as they were. A pause may start up to a week back, and one that covers days already
// past is kept with the day it was added, so both partners see it was added afterwards.

import type { Pause, Partner, TodayView } from '../../../shared/domain.ts';
import { addDays, type LocalDate } from '../../../shared/local-day.ts';
import { dayEndWords } from '../../../shared/partner-day.ts';
import { SCORE_SCALE_NOTICE } from '../../../shared/record-words.ts';
import { PAUSE_BACKDATE_DAYS, addedAfterwards } from '../../../shared/pause-rules.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { PartnerDay } from '../record/partner-days.ts';
import type { ReminderService } from '../reminders/reminder-service.ts';

type CheckinHandlers = Pick<
  Handlers,
  | 'today:get'
  | 'checkins:save'
  | 'checkins:quick'
  | 'history:get'
  | 'history:dismiss-notice'
  | 'pauses:add'
  | 'pauses:remove'
>;

const SCALE_NOTICE_KEY = 'recordScaleNotice';
const LAST_DAY = '9999-12-31';

export function checkinHandlers(ctx: CoreContext, reminders: ReminderService): CheckinHandlers {
  const { clock, settings, checkins, pauses, days } = ctx;

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  /** Only partners who use this computer can check in here; only for their own day. */
  function checkinTarget(partnerId: string, localDate: LocalDate): [Partner, PartnerDay] {
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
        `${partner.name || 'Your partner'} checks in on their own computer.`,
      );
    }
    const day = days.of(partner.id);
    if (localDate > day.today) {
      throw new AppError('bad-request', 'That day hasn’t come yet — check-ins are for today.');
    }
    if (localDate < day.today) {
      throw new AppError(
        'read-only',
        `Earlier days stay as they were. You can change today’s check-in until ${dayEndWords(day.dayEndsAt)}.`,
      );
    }
    return [partner, day];
  }

  /** Pauses by the other partner, added in the last week, that covered days already past. */
  function addedAfterBy(others: Set<string>, today: LocalDate): Pause[] {
    const weekAgo = addDays(today, -PAUSE_BACKDATE_DAYS);
    return pauses.addedSince(weekAgo).filter((p) => others.has(p.authorId) && addedAfterwards(p));
  }

  function todayView(): TodayView {
    const all = days.all();
    const meId = settings.me().id;
    const today = all.find((d) => d.partnerId === meId)?.today ?? '';
    const here = new Set(all.filter((d) => d.onThisComputer).map((d) => d.partnerId));
    const others = new Set(all.map((d) => d.partnerId).filter((id) => !here.has(id)));
    return {
      today,
      timeZone: clock.timeZone(),
      now: clock.now(),
      partners: settings.partners().map((partner) => {
        const day = all.find((d) => d.partnerId === partner.id);
        const theirDay = day?.today ?? today;
        return {
          partner,
          today: theirDay,
          timeZone: day?.timeZone ?? clock.timeZone(),
          checkin: checkins.get(partner.id, theirDay),
          editable: partner.onThisComputer,
        };
      }),
      record: ctx.record.summary(),
      pausedToday: pauses.overlapping(today, today)[0] ?? null,
      pausesAddedAfter: addedAfterBy(others, today),
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
      const [partner, day] = checkinTarget(input.partnerId, input.localDate);
      const saved = checkins.save(
        {
          authorId: partner.id,
          localDate: input.localDate,
          // The zone the day is counted in, so the date can always be read back from it.
          timeZone: day.timeZone,
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
      const [partner, day] = checkinTarget(input.partnerId, input.localDate);
      // A one-click mood keeps anything already written today and fills the rest mid-scale.
      const existing = checkins.get(partner.id, input.localDate);
      const saved = checkins.save(
        {
          authorId: partner.id,
          localDate: input.localDate,
          timeZone: existing?.timeZone ?? day.timeZone,
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
      const history = ctx.record.history();
      return {
        today: history.today,
        record: history.record,
        calendar: history.calendar.weeks,
        months: history.calendar.months,
        settled: history.settled,
        partners: settings.partners(),
        // The pauses of the year shown and any planned: not every one since the first.
        pauses: pauses.overlapping(history.calendar.start, LAST_DAY),
        notice: settings.readLocal<boolean>(SCALE_NOTICE_KEY, false) ? SCORE_SCALE_NOTICE : null,
      };
    },
    'history:dismiss-notice': () => {
      requireOnboarded();
      settings.writeLocal(SCALE_NOTICE_KEY, false, clock.now());
      ctx.emit('changed', { topics: ['checkins'] });
      return { dismissed: true };
    },
    'pauses:add': (input) => {
      requireOnboarded();
      const me = settings.me();
      const today = days.of(me.id).today;
      const earliest = addDays(today, -PAUSE_BACKDATE_DAYS);
      if (input.startDate < earliest) {
        throw new AppError(
          'read-only',
          'A pause can start up to a week back. Days before that stay as they were.',
        );
      }
      const pause = pauses.add(
        {
          authorId: me.id,
          startDate: input.startDate,
          endDate: input.endDate,
          reason: input.reason?.trim() ?? '',
          addedOn: today,
        },
        clock.now(),
      );
      ctx.emit('changed', { topics: ['pauses'] });
      return pause;
    },
    'pauses:remove': (input) => {
      requireOnboarded();
      const me = settings.me();
      const pause = pauses.get(input.id);
      if (!pause) throw new AppError('not-found', 'That pause was already removed.');
      if (pause.startDate < addDays(days.of(me.id).today, -PAUSE_BACKDATE_DAYS)) {
        throw new AppError(
          'read-only',
          'This pause began more than a week ago, so the days it covers stay as they were.',
        );
      }
      const removed = pauses.remove(input.id, me.id, clock.now());
      if (!removed) throw new AppError('not-found', 'That pause was already removed.');
      ctx.emit('changed', { topics: ['pauses'] });
      return { removed };
    },
  };
}
