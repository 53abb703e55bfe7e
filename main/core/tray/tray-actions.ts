// Tray menu items name an action; the core carries out the ones that touch data and tells
// the shell what to show next. Window and app actions are the shell's own.

import type { Score } from '../../../shared/domain.ts';
import type { IpcResult } from '../../../shared/contract.ts';
import { APP_ORIGIN } from '../app-origin.ts';
import type { Core } from '../core.ts';

export type TrayAction =
  | { kind: 'quick-checkin'; partnerId: string; mood: Score }
  | { kind: 'open-quick'; partnerId?: string }
  | {
      kind: 'open';
      route: 'today' | 'history' | 'notes' | 'commitments' | 'settings' | 'onboarding';
    }
  | { kind: 'open-note' }
  | { kind: 'open-question' }
  | { kind: 'open-guide'; slug: string }
  | { kind: 'snooze' }
  | { kind: 'skip-today' }
  | { kind: 'resume-reminders' }
  | { kind: 'lock' }
  | { kind: 'quit' };

export type TrayFollowUp =
  | { show: 'quick'; route: string }
  | { show: 'main'; route: string }
  | { show: 'nothing' }
  | { show: 'error'; message: string };

/** The origin the shell's own calls come from (the tray is part of the app, not a page). */
export const INTERNAL_SENDER = { url: `${APP_ORIGIN}/tray`, isMainFrame: true } as const;

/** The partner's own day (an unknown id gets the owner's; the handler then refuses it). */
function dayOfPartner(core: Core, partnerId: string): string {
  const { days } = core.context;
  return days.all().find((d) => d.partnerId === partnerId)?.today ?? days.myDay();
}

export function runTrayAction(core: Core, action: TrayAction): TrayFollowUp {
  switch (action.kind) {
    case 'quick-checkin': {
      const result = core.dispatch(
        'checkins:quick',
        {
          partnerId: action.partnerId,
          localDate: dayOfPartner(core, action.partnerId),
          mood: action.mood,
        },
        INTERNAL_SENDER,
      );
      if (!result.ok) return { show: 'error', message: result.error.message };
      // One click recorded the mood; offer the rest without insisting.
      return { show: 'quick', route: `quick?after=mood&partner=${action.partnerId}` };
    }
    case 'open-quick':
      return {
        show: 'quick',
        route: action.partnerId ? `quick?partner=${action.partnerId}` : 'quick',
      };
    case 'open':
      return { show: 'main', route: action.route };
    case 'open-note':
      return { show: 'quick', route: 'note' };
    case 'open-question':
      return { show: 'quick', route: 'quick?view=question' };
    case 'open-guide':
      return { show: 'main', route: `guides?guide=${encodeURIComponent(action.slug)}` };
    case 'snooze':
      return answer(core.dispatch('reminders:snooze', { minutes: 60 }, INTERNAL_SENDER));
    case 'skip-today':
      return answer(core.dispatch('reminders:skip-today', undefined, INTERNAL_SENDER));
    case 'resume-reminders':
      return answer(core.dispatch('reminders:pause', { until: null }, INTERNAL_SENDER));
    case 'lock':
      return answer(core.dispatch('lock:now', undefined, INTERNAL_SENDER));
    case 'quit':
      return { show: 'nothing' };
  }
}

function answer(result: IpcResult<unknown>): TrayFollowUp {
  return result.ok ? { show: 'nothing' } : { show: 'error', message: result.error.message };
}
