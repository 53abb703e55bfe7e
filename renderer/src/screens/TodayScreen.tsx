// Today: how each partner is doing today, the check-in form(s), and the running record.

import type { PartnerToday, TodayView } from '../../../shared/domain.ts';
import { CheckinForm } from '../components/CheckinForm.tsx';
import { RecordCard } from '../components/RecordCard.tsx';
import { NoteNudgeCard } from '../features/notes/NoteNudgeCard.tsx';
import { QuestionCard } from '../features/questions/QuestionCard.tsx';
import { ReminderCard } from '../components/ReminderCard.tsx';
import { SCALES } from '../components/ScoreField.tsx';
import { displayName, longDate, shortDate, weekdayName } from '../format.ts';
import { useChannel } from '../use-channel.ts';

export function TodayScreen() {
  const { data, error } = useChannel('today:get', [
    'checkins',
    'settings',
    'pauses',
    'clock',
    'reminders',
  ]);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return <TodayContent view={data} />;
}

function partnerName(view: TodayView, id: string): string {
  const partner = view.partners.find((p) => p.partner.id === id)?.partner;
  return displayName(partner?.name ?? '', 'Your partner');
}

function TodayContent({ view }: { view: TodayView }) {
  const here = view.partners.filter((p) => p.partner.onThisComputer);
  const away = view.partners.filter((p) => !p.partner.onThisComputer);
  return (
    <div className="screen today">
      <header className="screen-header">
        <h1>Today</h1>
        <p className="muted" data-testid="today-date">
          {longDate(view.today)}
        </p>
      </header>
      <ReminderCard
        status={view.reminder}
        everyoneDone={here.every((p) => p.checkin !== null)}
        now={view.now}
        timeZone={view.timeZone}
      />
      {view.pausedToday && (
        <p className="banner" role="status">
          You’ve planned a pause until {shortDate(view.pausedToday.endDate)}. Your run and your
          pattern wait while you’re away — check in anyway if you like.
        </p>
      )}
      {view.pausesAddedAfter.map((p) => (
        <p key={p.id} className="banner" role="status" data-testid="pause-added-after">
          {partnerName(view, p.authorId)} added a pause for {shortDate(p.startDate)} –{' '}
          {shortDate(p.endDate)} afterwards, on {shortDate(p.addedOn ?? p.startDate)}.
        </p>
      ))}
      <section className="card status-card" aria-labelledby="status-title">
        <h2 id="status-title">Today so far</h2>
        <ul className="partner-status">
          {view.partners.map((p) => (
            <li key={p.partner.id} data-testid={`status-${p.partner.role}`}>
              <span className="who">
                {displayName(p.partner.name, p.partner.role === 'me' ? 'You' : 'Your partner')}
              </span>{' '}
              <span className={p.checkin ? 'done' : 'open'}>
                {p.checkin ? 'checked in' : 'not yet today'}
              </span>
              {p.today !== view.today && (
                <span className="muted" data-testid={`their-day-${p.partner.role}`}>
                  {' '}
                  · it’s {p.today < view.today ? 'still' : 'already'} {weekdayName(p.today)} for
                  them
                </span>
              )}
            </li>
          ))}
        </ul>
        {view.record.todayKept && (
          <p className="kept-today">Today is a kept day — you both showed up.</p>
        )}
      </section>
      <div className="forms">
        {here.map((p) => (
          <CheckinForm
            // Remount when the stored check-in changes so the form shows what was saved.
            key={`${p.partner.id}:${String(p.checkin?.updatedAt ?? 0)}`}
            partner={p.partner}
            today={p.today}
            existing={p.checkin}
            title={
              here.length > 1
                ? `${displayName(p.partner.name, 'Partner')}’s check-in`
                : 'Your check-in'
            }
          />
        ))}
        {away.map((p) => (
          <AwayPartner key={p.partner.id} entry={p} />
        ))}
      </div>
      <QuestionCard partners={view.partners.map((p) => p.partner)} />
      <NoteNudgeCard />
      <RecordCard record={view.record} />
    </div>
  );
}

/** "Just me" mode: the partner checks in on their own computer; their check-in arrives by sync. */
function AwayPartner({ entry }: { entry: PartnerToday }) {
  const name = displayName(entry.partner.name, 'Your partner');
  const c = entry.checkin;
  return (
    <section className="card away" aria-labelledby={`away-${entry.partner.id}`}>
      <h2 id={`away-${entry.partner.id}`}>{name}’s check-in</h2>
      {c ? (
        <dl className="checkin-summary">
          <dt>{SCALES.mood.label}</dt>
          <dd>{SCALES.mood.words[c.mood - 1]}</dd>
          <dt>{SCALES.closeness.label}</dt>
          <dd>{SCALES.closeness.words[c.closeness - 1]}</dd>
          <dt>{SCALES.settled.label}</dt>
          <dd>{SCALES.settled.words[c.settled - 1]}</dd>
          {c.shared && (
            <>
              <dt>Shared before being asked</dt>
              <dd>{c.shared}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">
          {name} checks in on their own computer. Once your two Nuzzles are connected, their
          check-in will show up here. Until then, yours is kept safely on this computer.
        </p>
      )}
    </section>
  );
}
