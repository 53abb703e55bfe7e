// Small helpers for the notes suites: the two partners' ids and typed answers.

import { manualClock } from '../../../main/core/clock.ts';
import { createCore } from '../../../main/core/core.ts';
import type { NotificationKind } from '../../../main/core/notification-text.ts';
import type { Channel, IpcResult, RequestOf } from '../../../shared/contract.ts';
import type { ComputerMode, Settings } from '../../../shared/domain.ts';
import { PAGE, tempDir } from '../core/temp-core.ts';

export type Answer = { ok: true; value: unknown } | { ok: false; error: { message: string } };

export function value<T>(r: Answer): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

export function ids(settings: Settings): { me: string; partner: string } {
  const me = settings.partners.find((p) => p.role === 'me');
  const partner = settings.partners.find((p) => p.role === 'partner');
  if (!me || !partner) throw new Error('partners missing');
  return { me: me.id, partner: partner.id };
}

/** A real core (temp dir, real SQLite) that also records the notifications it would show. */
export function notesCore(now = '2026-03-10T20:05:00-04:00', zone = 'America/New_York') {
  const { dir, cleanup } = tempDir();
  const clock = manualClock(Date.parse(now), zone);
  const notifications: NotificationKind[] = [];
  const core = createCore({ dataDir: dir, clock, notify: (kind) => notifications.push(kind) });
  const call = <C extends Channel>(channel: C, payload?: RequestOf<C>): IpcResult<unknown> =>
    core.dispatch(channel, payload, PAGE);
  const onboard = (mode: ComputerMode = 'both') =>
    ids(
      value<Settings>(
        call('onboarding:complete', {
          myName: 'Alex',
          partnerName: 'Sam',
          computerMode: mode,
          reminderTime: '20:00',
          launchAtLogin: false,
        }),
      ),
    );
  const rows = <T>(sql: string, ...params: unknown[]) =>
    core.context.db.prepare(sql).all(...params) as T[];
  return {
    core,
    clock,
    call,
    onboard,
    rows,
    notifications,
    /** Moves the clock to an instant written with its offset. */
    at(instant: string) {
      clock.set(Date.parse(instant));
    },
    close() {
      core.close();
      cleanup();
    },
  };
}

export type NotesCore = ReturnType<typeof notesCore>;
