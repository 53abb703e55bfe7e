// Today: the check-in (one partner at a time on a shared computer, with a switch), and beside
// it how today is going and the record at a glance. Sized so a check-in needs no scrolling
// at the default window size and at 800×600.

import { useState } from 'react';
import type { TodayView } from '../../../shared/domain.ts';
import { CheckinForm } from '../components/CheckinForm.tsx';
import { ReminderCard } from '../components/ReminderCard.tsx';
import { NoteNudgeCard } from '../features/notes/NoteNudgeCard.tsx';
import { QuestionCard } from '../features/questions/QuestionCard.tsx';
import { displayName, longDate, shortDate } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { AwayPartner } from './today/AwayPartner.tsx';
import { PartnerSwitch } from './today/PartnerSwitch.tsx';
import { RecordGlance } from './today/RecordGlance.tsx';
import { TodayStatus } from './today/TodayStatus.tsx';
import './today/today.css';

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

/** Whose form shows first: whoever hasn't checked in yet, else the first person here. */
function firstOpen(view: TodayView): string | undefined {
  const here = view.partners.filter((p) => p.partner.onThisComputer);
  return (here.find((p) => !p.checkin) ?? here[0])?.partner.id;
}

function TodayContent({ view }: { view: TodayView }) {
  const here = view.partners.filter((p) => p.partner.onThisComputer);
  const away = view.partners.filter((p) => !p.partner.onThisComputer);
  const [chosenId, setChosenId] = useState<string | undefined>(() => firstOpen(view));
  // Focus the first question only when someone asked for it (switch, "Now …'s turn") or on
  // arrival with nothing else focused, so a keyboard user starts at the check-in.
  const [focusForm, setFocusForm] = useState(() => document.activeElement === document.body);
  const active = here.find((p) => p.partner.id === chosenId) ?? here[0];
  const nameOf = (id: string, fallback: string) =>
    displayName(here.find((p) => p.partner.id === id)?.partner.name ?? '', fallback);
  const other = here.find((p) => p.partner.id !== active?.partner.id && !p.checkin);
  const choose = (id: string, focus: boolean) => {
    setChosenId(id);
    setFocusForm(focus);
  };

  return (
    <div className="screen today">
      <header className="screen-header today-header">
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
      <div className="today-layout">
        <div className="today-checkin">
          {here.length > 1 && active && (
            <PartnerSwitch
              partners={here}
              value={active.partner.id}
              onChange={(id) => choose(id, false)}
            />
          )}
          {active && (
            <CheckinForm
              // One form per partner; a save does not rebuild it (see CheckinForm).
              key={active.partner.id}
              partner={active.partner}
              today={active.today}
              existing={active.checkin}
              autoFocus={focusForm}
              title={
                here.length > 1
                  ? `${nameOf(active.partner.id, 'Partner')}’s check-in`
                  : 'Your check-in'
              }
              next={
                other
                  ? {
                      name: nameOf(other.partner.id, 'your partner'),
                      go: () => choose(other.partner.id, true),
                    }
                  : undefined
              }
            />
          )}
        </div>
        <div className="today-side">
          <TodayStatus view={view} />
          {/* The record at a glance comes before the partner's own card, so it stays in view
              in a short window. */}
          <RecordGlance record={view.record} />
          {away.map((p) => (
            <AwayPartner key={p.partner.id} entry={p} />
          ))}
          <QuestionCard partners={view.partners.map((p) => p.partner)} />
          <NoteNudgeCard />
        </div>
      </div>
    </div>
  );
}
