// Whole days of reminders, driven the way the shell drives them (see simulate.ts): which
// notifications a person actually gets across sleep, restarts, travel, DST and the menu's
// snooze / skip / pause.
import { describe, expect, it } from 'vitest';
import { pauseUntil, skipToday, snooze } from '../../../main/core/reminders/state.ts';
import { KOLKATA, LONDON, LORD_HOWE, NEW_YORK, evening, t } from './fixtures.ts';
import { simulate } from './simulate.ts';
import type { Fired } from './simulate.ts';
import type { ReminderState } from '../../../main/core/reminders/types.ts';

const iso = (ms: number): string => new Date(ms).toISOString();
const when = (fired: Fired[]): string[] => fired.map((f) => iso(f.at));
const at = (...instants: string[]): string[] => instants.map((s) => iso(t(s)));

describe('a day with a 20:00 reminder', () => {
  it('fires once at 20:00 and once the next evening', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-11T23:00-04:00'),
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00-04:00', '2025-06-11T20:00-04:00'));
    expect(fired.map((f) => f.reason)).toEqual(['scheduled', 'scheduled']);
  });

  it('only reminds on the chosen weekdays', () => {
    // Sunday 17 to Sunday 24 August; reminders Monday, Wednesday, Friday at 21:00.
    const { fired } = simulate({
      settings: evening('21:00', [1, 3, 5]),
      zone: KOLKATA,
      from: t('2025-08-17T00:00+05:30'),
      to: t('2025-08-24T00:00+05:30'),
    });
    expect(when(fired)).toEqual(
      at('2025-08-18T21:00+05:30', '2025-08-20T21:00+05:30', '2025-08-22T21:00+05:30'),
    );
  });

  it('sends nothing on a day everyone checked in early, and reminds again the next day', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-11T23:00-04:00'),
      checkIns: [t('2025-06-10T19:00-04:00')],
    });
    expect(when(fired)).toEqual(at('2025-06-11T20:00-04:00'));
  });
});

describe('sleep and restarts', () => {
  it('reminds once, a minute after waking, when the reminder time passed asleep', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: LONDON,
      from: t('2025-01-15T08:00Z'),
      to: t('2025-01-16T08:00Z'),
      asleep: [[t('2025-01-15T19:30Z'), t('2025-01-15T21:10Z')]],
    });
    expect(when(fired)).toEqual(at('2025-01-15T21:11Z'));
    expect(fired[0]?.reason).toBe('catch-up');
  });

  it('sends nothing after waking when everyone checked in before the lid closed', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: LONDON,
      from: t('2025-01-15T08:00Z'),
      to: t('2025-01-16T08:00Z'),
      checkIns: [t('2025-01-15T19:00Z')],
      asleep: [[t('2025-01-15T19:30Z'), t('2025-01-15T21:10Z')]],
    });
    expect(fired).toEqual([]);
  });

  it('sends one reminder, not several, after sleeping across several days', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-09T08:00-04:00'),
      to: t('2025-06-13T08:00-04:00'),
      asleep: [[t('2025-06-09T19:00-04:00'), t('2025-06-12T21:00-04:00')]],
    });
    expect(when(fired)).toEqual(at('2025-06-12T21:01-04:00'));
  });

  it('waits for the evening when waking from a long sleep before today’s reminder time', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-09T08:00-04:00'),
      to: t('2025-06-13T08:00-04:00'),
      asleep: [[t('2025-06-09T19:00-04:00'), t('2025-06-12T09:00-04:00')]],
    });
    expect(when(fired)).toEqual(at('2025-06-12T20:00-04:00'));
  });

  it('sends nothing after a long sleep when today is not a reminder day', () => {
    const { fired } = simulate({
      settings: evening('20:00', [1, 2, 3]),
      zone: NEW_YORK,
      from: t('2025-06-09T08:00-04:00'),
      to: t('2025-06-13T08:00-04:00'),
      asleep: [[t('2025-06-09T19:00-04:00'), t('2025-06-12T21:00-04:00')]],
    });
    expect(fired).toEqual([]);
  });

  it('catches up once when the app starts after the reminder time, and not again on restart', () => {
    const first = simulate({
      settings: evening('21:00'),
      zone: KOLKATA,
      from: t('2025-08-20T22:15+05:30'),
      to: t('2025-08-20T22:40+05:30'),
    });
    expect(when(first.fired)).toEqual(at('2025-08-20T22:16+05:30'));
    const restarted = simulate({
      settings: evening('21:00'),
      zone: KOLKATA,
      state: first.state,
      from: t('2025-08-20T22:40+05:30'),
      to: t('2025-08-21T21:30+05:30'),
    });
    expect(when(restarted.fired)).toEqual(at('2025-08-21T21:00+05:30'));
  });
});

describe('snooze, skip and pause', () => {
  const snoozeAt = (instant: string) => ({
    at: t(instant),
    apply: (s: ReminderState, now: number) => snooze(s, now),
  });

  it('reminds again an hour after “Remind me in 1 hour”', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-10T23:00-04:00'),
      actions: [snoozeAt('2025-06-10T20:02-04:00')],
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00-04:00', '2025-06-10T21:02-04:00'));
    expect(fired[1]?.reason).toBe('snooze');
  });

  it('drops the snoozed reminder when everyone checks in meanwhile', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-10T23:00-04:00'),
      actions: [snoozeAt('2025-06-10T20:02-04:00')],
      checkIns: [t('2025-06-10T20:40-04:00')],
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00-04:00'));
  });

  it('lets a snooze carry past midnight without swallowing the next evening’s reminder', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-11T23:00-04:00'),
      actions: [snoozeAt('2025-06-10T23:30-04:00')],
    });
    expect(when(fired)).toEqual(
      at('2025-06-10T20:00-04:00', '2025-06-11T00:30-04:00', '2025-06-11T20:00-04:00'),
    );
  });

  it('forgets a snooze that came due while asleep on an earlier day', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-11T23:00-04:00'),
      actions: [snoozeAt('2025-06-10T20:05-04:00')],
      asleep: [[t('2025-06-10T20:30-04:00'), t('2025-06-11T09:00-04:00')]],
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00-04:00', '2025-06-11T20:00-04:00'));
  });

  it('sends one notification when both the reminder and a snooze passed during sleep', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-10T23:59-04:00'),
      actions: [snoozeAt('2025-06-10T19:30-04:00')],
      asleep: [[t('2025-06-10T19:45-04:00'), t('2025-06-10T21:10-04:00')]],
    });
    expect(when(fired)).toEqual(at('2025-06-10T21:11-04:00'));
  });

  it('keeps notifications at least five minutes apart', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-10T23:00-04:00'),
      actions: [snoozeAt('2025-06-10T18:58-04:00')],
    });
    expect(when(fired)).toEqual(at('2025-06-10T19:58-04:00', '2025-06-10T20:03-04:00'));
  });

  it('skips today only; tomorrow’s reminder still arrives', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: LONDON,
      from: t('2025-07-01T08:00+01:00'),
      to: t('2025-07-03T08:00+01:00'),
      actions: [{ at: t('2025-07-01T09:00+01:00'), apply: skipToday }],
    });
    expect(when(fired)).toEqual(at('2025-07-02T20:00+01:00'));
  });

  it('pauses through the chosen date and resumes the day after', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-09T08:00-04:00'),
      to: t('2025-06-15T08:00-04:00'),
      actions: [{ at: t('2025-06-09T10:00-04:00'), apply: (s) => pauseUntil(s, '2025-06-12') }],
    });
    expect(when(fired)).toEqual(at('2025-06-13T20:00-04:00', '2025-06-14T20:00-04:00'));
  });

  it('keeps a pause through sleep and a restart', () => {
    const paused = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-09T08:00-04:00'),
      to: t('2025-06-09T10:30-04:00'),
      actions: [{ at: t('2025-06-09T10:00-04:00'), apply: (s) => pauseUntil(s, '2025-06-10') }],
    });
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      state: JSON.parse(JSON.stringify(paused.state)) as typeof paused.state,
      from: t('2025-06-09T21:00-04:00'),
      to: t('2025-06-11T23:00-04:00'),
      asleep: [[t('2025-06-10T12:00-04:00'), t('2025-06-10T21:00-04:00')]],
    });
    expect(when(fired)).toEqual(at('2025-06-11T20:00-04:00'));
  });
});

describe('DST and travel', () => {
  it('fires at 03:00 on the New York spring-forward day, and 02:30 again after', () => {
    const { fired } = simulate({
      settings: evening('02:30'),
      zone: NEW_YORK,
      from: t('2025-03-09T00:00-05:00'),
      to: t('2025-03-10T12:00-04:00'),
    });
    expect(when(fired)).toEqual(at('2025-03-09T03:00-04:00', '2025-03-10T02:30-04:00'));
  });

  it('fires once when New York falls back and 01:30 happens twice', () => {
    const { fired } = simulate({
      settings: evening('01:30'),
      zone: NEW_YORK,
      from: t('2025-11-02T00:00-04:00'),
      to: t('2025-11-02T23:00-05:00'),
    });
    expect(when(fired)).toEqual(at('2025-11-02T01:30-04:00'));
  });

  it('fires once when Lord Howe falls back half an hour and 01:45 happens twice', () => {
    const { fired } = simulate({
      settings: evening('01:45'),
      zone: LORD_HOWE,
      from: t('2025-04-06T00:00+11:00'),
      to: t('2025-04-06T12:00+10:30'),
    });
    expect(when(fired)).toEqual(at('2025-04-06T01:45+11:00'));
  });

  it('fires at 02:30 on Lord Howe’s spring-forward day for a 02:15 reminder', () => {
    const { fired } = simulate({
      settings: evening('02:15'),
      zone: LORD_HOWE,
      from: t('2025-10-05T00:00+10:30'),
      to: t('2025-10-05T12:00+11:00'),
    });
    expect(when(fired)).toEqual(at('2025-10-05T02:30+11:00'));
  });

  it('follows London’s evening after flying there from New York', () => {
    // New York's 20:00 reminder went out at 01:00 London time on the 11th; London's own
    // evening on the 11th still gets its reminder.
    const { fired } = simulate({
      settings: evening(),
      zone: NEW_YORK,
      from: t('2025-06-10T08:00-04:00'),
      to: t('2025-06-12T08:00+01:00'),
      zoneChanges: [{ at: t('2025-06-11T08:00+01:00'), zone: LONDON }],
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00-04:00', '2025-06-11T20:00+01:00'));
  });

  it('does not remind twice on the same date after flying west from London', () => {
    const { fired } = simulate({
      settings: evening(),
      zone: LONDON,
      from: t('2025-06-10T08:00+01:00'),
      to: t('2025-06-11T21:00-04:00'),
      zoneChanges: [{ at: t('2025-06-10T18:00-04:00'), zone: NEW_YORK }],
    });
    expect(when(fired)).toEqual(at('2025-06-10T20:00+01:00', '2025-06-11T20:00-04:00'));
  });
});
