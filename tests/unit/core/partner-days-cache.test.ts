// Each partner's day is kept between calls until the first of their days ends: these check
// that what is kept turns over at the very instant a day ends, with a travelling computer,
// a changed "my day ends at", and a clock set back.

import { afterEach, describe, expect, test } from 'vitest';
import { tempCore } from './temp-core.ts';

let env: ReturnType<typeof tempCore>;
afterEach(() => env.close());

const todays = () => env.core.context.days.all().map((d) => d.today);

describe('the partners’ days, kept between calls', () => {
  test('turn over the millisecond a day ends, with nothing written in between', () => {
    env = tempCore('2026-03-10T23:59:59.998-04:00');
    env.onboard('both');
    expect(todays()).toEqual(['2026-03-10', '2026-03-10']);
    env.clock.advance(1);
    expect(todays()).toEqual(['2026-03-10', '2026-03-10']);
    env.clock.advance(1);
    expect(todays()).toEqual(['2026-03-11', '2026-03-11']);
  });

  test('follow a new day end and a clock set back', () => {
    env = tempCore('2026-03-11T00:30:00-04:00');
    env.onboard('both');
    expect(todays()).toEqual(['2026-03-11', '2026-03-11']);
    // With a day that ends at 2 am, 00:30 is still the 10th for Alex.
    const alex = env.core.context.settings.me().id;
    env.core.context.days.setDayEnd(alex, 2, env.clock.now());
    expect(todays()).toEqual(['2026-03-10', '2026-03-11']);
    env.clock.set(Date.parse('2026-03-11T01:59:59.999-04:00'));
    expect(todays()).toEqual(['2026-03-10', '2026-03-11']);
    env.clock.advance(1);
    expect(todays()).toEqual(['2026-03-11', '2026-03-11']);
    env.clock.set(Date.parse('2026-03-09T12:00:00-04:00'));
    expect(todays()).toEqual(['2026-03-09', '2026-03-09']);
  });

  test('follow the computer west at once, and east when the old day has ended', () => {
    env = tempCore('2026-03-10T20:05:00-04:00');
    env.onboard('both');
    env.clock.setTimeZone('Pacific/Honolulu');
    expect(todays()).toEqual(['2026-03-10', '2026-03-10']);
    expect(env.core.context.days.all()[0]?.timeZone).toBe('Pacific/Honolulu');
    // Home again after midnight: the 10th lasts until it has ended in Honolulu too (06:00).
    env.clock.setTimeZone('America/New_York');
    env.clock.set(Date.parse('2026-03-11T00:30:00-04:00'));
    expect(todays()).toEqual(['2026-03-10', '2026-03-10']);
    env.clock.set(Date.parse('2026-03-11T05:59:59.999-04:00'));
    expect(todays()).toEqual(['2026-03-10', '2026-03-10']);
    env.clock.advance(1);
    expect(todays()).toEqual(['2026-03-11', '2026-03-11']);
    expect(env.core.context.days.all()[0]?.timeZone).toBe('America/New_York');
  });
});
