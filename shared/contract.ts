// The IPC contract: every channel the renderer may call, with its request schema and result
// type, and every event main may push. Main validates with these schemas; the renderer
// only imports the *types* (so zod stays out of its bundle).

import { z } from 'zod';
import type {
  AppInfo,
  Checkin,
  HistoryView,
  Pause,
  ReminderStatus,
  Score,
  Settings,
  TodayView,
} from './domain.ts';
import { CHECKIN_NOTE_MAX, CHECKIN_SHARED_MAX, NAME_MAX, PAUSE_REASON_MAX } from './limits.ts';
import { isLocalDate, isLocalTime } from './local-day.ts';

/** Ties a request schema to its result type; the result exists only at the type level. */
interface ChannelSpec<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: never read at run time. */
  result?: Res;
}

function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelSpec<Req, Res> => ({ request });
}

// Control characters and bidi overrides have no place in a name shown in the tray.
const NAME_FORBIDDEN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export const personName = z
  .string({ error: 'A name is needed.' })
  .trim()
  .min(1, { error: 'A name is needed.' })
  .max(NAME_MAX, { error: `Names can be up to ${NAME_MAX} characters.` })
  .refine((s) => !NAME_FORBIDDEN.test(s), { error: 'Names can only contain printable text.' });

const id = z
  .string({ error: 'An id is needed.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    error: 'That id is not one Nuzzle made.',
  });

const localDate = z
  .string({ error: 'A date like 2026-05-01 is needed.' })
  .refine(isLocalDate, { error: 'A date like 2026-05-01 is needed.' });

const localTime = z
  .string({ error: 'A time like 20:00 is needed.' })
  .refine(isLocalTime, { error: 'A time like 20:00 is needed.' });

const score = (what: string) =>
  z
    .number({ error: `${what} is a number from 1 to 5.` })
    .int({ error: `${what} is a whole number from 1 to 5.` })
    .min(1, { error: `${what} is a number from 1 to 5.` })
    .max(5, { error: `${what} is a number from 1 to 5.` })
    .transform((n) => n as Score);

const optionalText = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text.` })
    .max(max, { error: `${what} can be up to ${max} characters.` })
    .optional();

const none = z.undefined({ error: 'This call takes no data.' }).or(z.strictObject({}));

export const contract = {
  'app:info': channel<AppInfo>()(none),
  'settings:get': channel<Settings>()(none),
  'settings:save': channel<Settings>()(
    z.strictObject({
      myName: personName.optional(),
      partnerName: personName.optional(),
      computerMode: z
        .enum(['just-me', 'both'], { error: 'Choose "just me" or "both of us".' })
        .optional(),
      reminder: z
        .strictObject({
          enabled: z.boolean({ error: 'Reminders are either on or off.' }),
          time: localTime,
          weekdays: z
            .array(z.number().int().min(0).max(6), { error: 'Pick the days for reminders.' })
            .max(7)
            .refine((days) => new Set(days).size === days.length, {
              error: 'Each day can only be picked once.',
            }),
        })
        .optional(),
      launchAtLogin: z.boolean({ error: 'Launch at login is either on or off.' }).optional(),
    }),
  ),
  'onboarding:complete': channel<Settings>()(
    z.strictObject({
      myName: personName,
      partnerName: personName,
      computerMode: z.enum(['just-me', 'both'], { error: 'Choose "just me" or "both of us".' }),
      reminderTime: localTime,
      launchAtLogin: z.boolean({ error: 'Launch at login is either on or off.' }),
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
          .number({ error: 'Minutes must be a number.' })
          .int({ error: 'Minutes must be a whole number.' })
          .min(5, { error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .max(720, { error: 'A reminder can be put off by 5 minutes to 12 hours.' })
          .optional(),
      })
      .or(none),
  ),
  'reminders:skip-today': channel<ReminderStatus>()(none),
  'reminders:pause': channel<ReminderStatus>()(z.strictObject({ until: localDate.nullable() })),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResultOf<C extends Channel> = NonNullable<Contract[C]['result']>;

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
  | 'internal';

export interface IpcError {
  code: ErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

// ---- Events main pushes to the renderer -----------------------------------------------

export type Topic = 'settings' | 'checkins' | 'pauses' | 'clock' | 'reminders';

export interface EventMap {
  /** Stored data changed; screens showing these topics re-read them. */
  changed: { topics: Topic[] };
  /** Main asks the window to show a screen (tray menu item, notification click). */
  navigate: { route: string };
}

export type EventName = keyof EventMap;

/** What the preload exposes as `window.nuzzle`; the e2e harness provides the same shape. */
export interface NuzzleBridge {
  invoke<C extends Channel>(channel: C, payload?: RequestOf<C>): Promise<IpcResult<ResultOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}
