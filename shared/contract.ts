// The IPC contract: every channel the renderer may call, with its request schema and result
// type, and every event main may push. Main validates with these schemas; the renderer
// only imports the *types* (so zod stays out of its bundle).

import { z } from 'zod';
import { commitmentChannels } from './contract-commitments.ts';
import { dataChannels } from './contract-data.ts';
import { syncChannels } from './contract-sync.ts';
import { lockChannels } from './contract-lock.ts';
import { guideChannels } from './contract-guides.ts';
import {
  channel,
  id,
  localDate,
  localTime,
  none,
  optionalText,
  personName,
  score,
} from './contract-kit.ts';
import { noteChannels } from './contract-notes.ts';
import { questionChannels } from './contract-questions.ts';
import { DAY_END_HOURS } from './partner-day.ts';

/** "My day ends at": a whole hour from midnight (0) to 4 am. */
const dayEndsAt = z
  .number({ error: 'Choose when your day ends, from midnight to 4 am.' })
  .int({ error: 'Choose when your day ends, from midnight to 4 am.' })
  .min(DAY_END_HOURS[0], { error: 'Choose when your day ends, from midnight to 4 am.' })
  .max(DAY_END_HOURS[DAY_END_HOURS.length - 1] ?? 4, {
    error: 'Choose when your day ends, from midnight to 4 am.',
  });
import type {
  AppInfo,
  Checkin,
  HistoryView,
  Pause,
  ReminderStatus,
  Settings,
  TodayView,
} from './domain.ts';
import { CHECKIN_NOTE_MAX, CHECKIN_SHARED_MAX, PAUSE_REASON_MAX } from './limits.ts';

export const contract = {
  'app:info': channel<AppInfo>()(none),
  'settings:get': channel<Settings>()(none),
  'settings:save': channel<Settings>()(
    z.strictObject({
      myName: personName.optional(),
      partnerName: personName.optional(),
      computerMode: z
        .enum(['just-me', 'both'], { error: 'Choose “just me” or “both of us”.' })
        .optional(),
      reminder: z
        .strictObject({
          enabled: z.boolean({
            error:
              'Nuzzle couldn’t tell whether to turn reminders on or off, so nothing was changed.',
          }),
          time: localTime,
          weekdays: z
            .array(z.number().int().min(0).max(6), { error: 'Pick the days for reminders.' })
            .max(7)
            .refine((days) => new Set(days).size === days.length, {
              error: 'Each day can only be picked once.',
            }),
        })
        .optional(),
      launchAtLogin: z
        .boolean({
          error: 'Nuzzle couldn’t tell whether to open at login, so nothing was changed.',
        })
        .optional(),
      myDayEndsAt: dayEndsAt.optional(),
      partnerDayEndsAt: dayEndsAt.optional(),
    }),
  ),
  'onboarding:complete': channel<Settings>()(
    z.strictObject({
      myName: personName,
      partnerName: personName,
      computerMode: z.enum(['just-me', 'both'], { error: 'Choose “just me” or “both of us”.' }),
      reminderTime: localTime,
      launchAtLogin: z.boolean({
        error: 'Nuzzle couldn’t tell whether to open at login, so nothing was changed.',
      }),
    }),
  ),
  'today:get': channel<TodayView>()(none),
  'checkins:save': channel<Checkin>()(
    z.strictObject({
      partnerId: id,
      localDate,
      mood: score('Mood'),
      closeness: score('Closeness'),
      settled: score('Settled'),
      note: optionalText('The note', CHECKIN_NOTE_MAX),
      shared: optionalText('What you are sharing', CHECKIN_SHARED_MAX),
    }),
  ),
  /** One-click check-in from the tray: only the mood; the rest starts in the middle. */
  'checkins:quick': channel<Checkin>()(
    z.strictObject({ partnerId: id, localDate, mood: score('Mood') }),
  ),
  'history:get': channel<HistoryView>()(none),
  'history:dismiss-notice': channel<{ dismissed: true }>()(none),
  'pauses:add': channel<Pause>()(
    z
      .strictObject({
        startDate: localDate,
        endDate: localDate,
        reason: optionalText('The reason', PAUSE_REASON_MAX),
      })
      .refine((p) => p.startDate <= p.endDate, { error: 'A pause ends on or after its start.' }),
  ),
  'pauses:remove': channel<{ removed: boolean }>()(z.strictObject({ id })),
  'reminders:status': channel<ReminderStatus>()(none),
  'reminders:snooze': channel<ReminderStatus>()(
    z
      .strictObject({
        minutes: z
          .number({ error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .int({ error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .min(5, { error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .max(720, { error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .optional(),
      })
      .or(none),
  ),
  'reminders:skip-today': channel<ReminderStatus>()(none),
  'reminders:pause': channel<ReminderStatus>()(z.strictObject({ until: localDate.nullable() })),
  ...dataChannels,
  ...noteChannels,
  ...commitmentChannels,
  ...guideChannels,
  ...syncChannels,
  ...lockChannels,
  ...questionChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
/** What a channel's handler returns: a value, or a promise for the few that work off-thread. */
export type HandlerResultOf<C extends Channel> = NonNullable<Contract[C]['result']>;
/** What the caller receives. */
export type ResultOf<C extends Channel> = Awaited<HandlerResultOf<C>>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

// ---- Results ---------------------------------------------------------------------------

export type ErrorCode =
  | 'unknown-channel'
  | 'forbidden-sender'
  | 'bad-request'
  | 'not-found'
  | 'read-only'
  | 'not-ready'
  | 'storage'
  | 'locked'
  | 'wrong-secret'
  | 'slow-down'
  | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---- Events main pushes to the renderer -----------------------------------------------

export type Topic =
  | 'settings'
  | 'checkins'
  | 'pauses'
  | 'clock'
  | 'reminders'
  | 'notes'
  | 'commitments'
  | 'guides'
  | 'questions'
  | 'data';

export interface EventMap {
  /** Stored data changed; screens showing these topics re-read them. */
  changed: { topics: Topic[] };
  /** Main asks the window to show a screen (tray menu item, notification click). */
  navigate: { route: string };
  /** Nuzzle locked or unlocked (a passcode is set). */
  lock: { locked: boolean };
}

export type EventName = keyof EventMap;

/** What the preload exposes as `window.nuzzle`; the e2e harness provides the same shape. */
export interface NuzzleBridge {
  invoke<C extends Channel>(channel: C, payload?: RequestOf<C>): Promise<IpcResult<ResultOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
