// Settings and first-run onboarding.

import type { Handlers } from '../ipc/dispatch.ts';
import type { CoreContext } from '../context.ts';
import { todayOf } from '../clock.ts';

type SettingsHandlers = Pick<
  Handlers,
  'app:info' | 'settings:get' | 'settings:save' | 'onboarding:complete'
>;

export function settingsHandlers(ctx: CoreContext): SettingsHandlers {
  const { db, clock, settings } = ctx;
  const changed = () => ctx.emit('changed', { topics: ['settings'] });

  return {
    'app:info': () => ({
      version: ctx.version,
      now: clock.now(),
      timeZone: clock.timeZone(),
      today: todayOf(clock),
      platform: ctx.platform,
    }),
    'settings:get': () => settings.get(),
    'settings:save': (patch) => {
      const now = clock.now();
      db.transaction(() => {
        if (patch.myName !== undefined) settings.renamePartner('me', patch.myName, now);
        if (patch.partnerName !== undefined)
          settings.renamePartner('partner', patch.partnerName, now);
        if (patch.computerMode !== undefined)
          settings.setLocal('computerMode', patch.computerMode, now);
        if (patch.reminder !== undefined) {
          const weekdays = [...patch.reminder.weekdays].sort((a, b) => a - b);
          settings.setLocal('reminder', { ...patch.reminder, weekdays }, now);
        }
        if (patch.launchAtLogin !== undefined)
          settings.setLocal('launchAtLogin', patch.launchAtLogin, now);
      })();
      changed();
      return settings.get();
    },
    'onboarding:complete': (input) => {
      const now = clock.now();
      db.transaction(() => {
        settings.renamePartner('me', input.myName, now);
        settings.renamePartner('partner', input.partnerName, now);
        settings.setLocal('computerMode', input.computerMode, now);
        const reminder = settings.get().reminder;
        settings.setLocal('reminder', { ...reminder, time: input.reminderTime }, now);
        settings.setLocal('launchAtLogin', input.launchAtLogin, now);
        settings.setLocal('onboarded', true, now);
      })();
      changed();
      return settings.get();
    },
  };
}
