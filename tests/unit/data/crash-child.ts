// Child process for the crash test: opens the real core on a data dir and saves check-ins
// one after another, writing each acknowledged id to stdout the moment the save returns.
// The parent kills it with SIGKILL at random moments.

import { writeSync } from 'node:fs';
import { manualClock } from '../../../main/core/clock.ts';
import { createCore } from '../../../main/core/core.ts';
import type { Checkin, Settings } from '../../../shared/domain.ts';
import { addDays, instantAt } from '../../../shared/local-day.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-child <dataDir>');
const zone = 'America/New_York';
const clock = manualClock(Date.parse('2020-01-01T12:00:00Z'), zone);
const core = createCore({ dataDir, clock });
const page = { url: 'app://nuzzle/', isMainFrame: true };

let settings = core.context.settings.get();
if (!settings.onboarded) {
  const r = core.dispatch(
    'onboarding:complete',
    {
      myName: 'Alex',
      partnerName: 'Sam',
      computerMode: 'both',
      reminderTime: '20:00',
      launchAtLogin: false,
    },
    page,
  );
  if (!r.ok) throw new Error(r.error.message);
  settings = r.value as Settings;
}
const partners = settings.partners;
const last = core.context.db.prepare('SELECT MAX(local_date) FROM checkins').pluck().get() as
  string | null;
let day = last ? addDays(last, 1) : '2020-01-01';
writeSync(1, 'ready\n');
for (;;) {
  clock.set(instantAt(day, '21:00', zone));
  for (const p of partners) {
    const r = core.dispatch(
      'checkins:save',
      {
        partnerId: p.id,
        localDate: day,
        mood: 3,
        closeness: 4,
        settled: 2,
        note: 'crash test',
        shared: '',
      },
      page,
    );
    if (!r.ok) throw new Error(r.error.message);
    writeSync(1, `${(r.value as Checkin).id}\n`);
  }
  day = addDays(day, 1);
}
