// "Today so far": who has checked in. Shown in the app window only, to the people using it.

import type { TodayView } from '../../../../shared/domain.ts';
import { displayName, weekdayName } from '../../format.ts';

export function TodayStatus({ view }: { view: TodayView }) {
  return (
    <section className="card status-card" aria-labelledby="status-title">
      <h2 id="status-title">Today so far</h2>
      <ul className="partner-status">
        {view.partners.map((p) => (
          <li key={p.partner.id} data-testid={`status-${p.partner.role}`}>
            <span className={p.checkin ? 'dot dot-done' : 'dot'} aria-hidden="true" />
            <span className="who">
              {displayName(p.partner.name, p.partner.role === 'me' ? 'You' : 'Your partner')}
            </span>{' '}
            <span className={p.checkin ? 'done' : 'open'}>
              {p.checkin ? 'checked in' : 'not yet today'}
            </span>
            {p.today !== view.today && (
              <span className="muted" data-testid={`their-day-${p.partner.role}`}>
                {' '}
                · it’s {p.today < view.today ? 'still' : 'already'} {weekdayName(p.today)} for them
              </span>
            )}
          </li>
        ))}
      </ul>
      {view.record.todayKept && (
        <p className="kept-today">Today is a kept day — you both showed up.</p>
      )}
    </section>
  );
}
