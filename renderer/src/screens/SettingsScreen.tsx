// Settings: names, who uses this computer, the daily reminder, launch at login.

import { useState, type SyntheticEvent } from 'react';
import type { ComputerMode, Settings } from '../../../shared/domain.ts';
import { DAY_END_HOURS, dayEndWords } from '../../../shared/partner-day.ts';
import { call } from '../api.ts';
import { useDraft } from '../drafts.ts';
import { DataCard } from '../components/DataCard.tsx';
import { SyncCard } from '../features/sync/SyncCard.tsx';
import { LockCard } from '../features/lock/LockCard.tsx';
import { ReminderPauseCard } from '../components/ReminderPauseCard.tsx';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../components/StatusLine.tsx';
import { LimitedInput } from '../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../shared/field-limits.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function SettingsScreen() {
  const { data, error } = useChannel('settings:get', ['settings']);
  const { data: info } = useChannel('app:info', ['clock']);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div className="screen settings">
      <header className="screen-header">
        <h1>Settings</h1>
      </header>
      <SettingsForm settings={data} />
      {info && <ReminderPauseCard today={info.today} />}
      {/* Both partners on this one computer: there is no other computer to connect. */}
      {data.computerMode === 'just-me' && <SyncCard />}
      <LockCard />
      <DataCard />
    </div>
  );
}

function DayEndField(props: {
  id: string;
  label: string;
  value: number;
  onChange: (hour: number) => void;
}) {
  return (
    <>
      <label className="field" htmlFor={props.id}>
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {DAY_END_HOURS.map((hour) => (
          <option key={hour} value={hour}>
            {dayEndWords(hour)}
          </option>
        ))}
      </select>
    </>
  );
}

/** Holds its own draft: a save elsewhere (tray, onboarding) doesn't wipe what's being typed. */
function SettingsForm({ settings }: { settings: Settings }) {
  const me = settings.partners.find((p) => p.role === 'me');
  const partner = settings.partners.find((p) => p.role === 'partner');
  // The names are typed, so they survive a trip to another screen until saved (drafts.ts).
  const [myName, setMyName, forgetMyName] = useDraft('settings:my-name', me?.name ?? '');
  const [partnerName, setPartnerName, forgetPartnerName] = useDraft(
    'settings:partner-name',
    partner?.name ?? '',
  );
  const [computerMode, setComputerMode] = useState<ComputerMode>(settings.computerMode);
  const [reminder, setReminder] = useState(settings.reminder);
  const [launchAtLogin, setLaunchAtLogin] = useState(settings.launchAtLogin);
  const [myDayEndsAt, setMyDayEndsAt] = useState(me?.dayEndsAt ?? 0);
  const [partnerDayEndsAt, setPartnerDayEndsAt] = useState(partner?.dayEndsAt ?? 0);
  const [status, setStatus] = useState<StatusMessage | null>(null);

  const toggleDay = (day: number) =>
    setReminder((r) => ({
      ...r,
      weekdays: r.weekdays.includes(day)
        ? r.weekdays.filter((d) => d !== day)
        : [...r.weekdays, day].sort(),
    }));

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('settings:save', {
        myName,
        partnerName,
        computerMode,
        reminder,
        launchAtLogin,
        myDayEndsAt,
        // The partner sets their own day end on their own computer.
        ...(computerMode === 'both' ? { partnerDayEndsAt } : {}),
      });
      forgetMyName();
      forgetPartnerName();
      setStatus(saved('Saved.'));
    } catch (e) {
      setStatus(failure(e));
    }
  };

  return (
    <>
      <form className="card" onSubmit={(e) => void save(e)} aria-label="Settings">
        <h2>The two of you</h2>
        <label className="field" htmlFor="set-me">
          Your name
        </label>
        <LimitedInput
          limit={FIELD_LIMITS.name}
          id="set-me"
          value={myName}
          onChange={(e) => setMyName(e.target.value)}
        />
        <label className="field" htmlFor="set-partner">
          Your partner’s name
        </label>
        <LimitedInput
          limit={FIELD_LIMITS.name}
          id="set-partner"
          value={partnerName}
          onChange={(e) => setPartnerName(e.target.value)}
        />
        <fieldset className="choice">
          <legend>Who uses Nuzzle on this computer?</legend>
          <label>
            <input
              type="radio"
              name="set-mode"
              checked={computerMode === 'just-me'}
              onChange={() => setComputerMode('just-me')}
            />{' '}
            Just me
          </label>
          <label>
            <input
              type="radio"
              name="set-mode"
              checked={computerMode === 'both'}
              onChange={() => setComputerMode('both')}
            />{' '}
            Both of us
          </label>
        </fieldset>
        <h2>Daily reminder</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={reminder.enabled}
            onChange={(e) => setReminder({ ...reminder, enabled: e.target.checked })}
          />{' '}
          Remind me each day
        </label>
        <label className="field" htmlFor="set-time">
          Reminder time
        </label>
        <input
          id="set-time"
          type="time"
          value={reminder.time}
          onChange={(e) => setReminder({ ...reminder, time: e.target.value })}
        />
        <fieldset className="days">
          <legend>On these days</legend>
          {DAYS.map((d, i) => (
            <label key={d} className="day-toggle">
              <input
                type="checkbox"
                checked={reminder.weekdays.includes(i)}
                onChange={() => toggleDay(i)}
                aria-label={DAY_NAMES[i]}
              />
              <span aria-hidden="true">{d}</span>
            </label>
          ))}
        </fieldset>
        <h2>When a day ends</h2>
        <p className="muted">
          Up late? A check-in before this time still counts for the night before — for your
          check-in, commitments, reminder and your record together.
        </p>
        <DayEndField
          id="set-day-end"
          label={computerMode === 'both' ? `${me?.name || 'Your'} day ends at` : 'My day ends at'}
          value={myDayEndsAt}
          onChange={setMyDayEndsAt}
        />
        {computerMode === 'both' && (
          <DayEndField
            id="set-partner-day-end"
            label={`${partnerName || 'Your partner'}’s day ends at`}
            value={partnerDayEndsAt}
            onChange={setPartnerDayEndsAt}
          />
        )}
        <h2>This computer</h2>
        <label className="check">
          <input
            type="checkbox"
            checked={launchAtLogin}
            onChange={(e) => setLaunchAtLogin(e.target.checked)}
          />{' '}
          Open Nuzzle in the tray when I log in
        </label>
        <div className="form-actions">
          <button type="submit" className="primary">
            Save settings
          </button>
          <StatusLine message={status} />
        </div>
      </form>
    </>
  );
}
