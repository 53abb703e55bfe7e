// This computer's note settings: the gentle nudge (on/off, after how many quiet days) and the
// generic notification when a note arrives.

import { useState, type SyntheticEvent } from 'react';
import {
  NUDGE_AFTER_DAYS_MAX,
  NUDGE_AFTER_DAYS_MIN,
  type NoteSettings,
} from '../../../../shared/notes.ts';
import { call } from '../../api.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { useChannel } from '../../use-channel.ts';
import './notes.css';

export function NoteSettingsCard() {
  const { data, error } = useChannel('notes:settings', ['notes']);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return null;
  // Holds its own draft once loaded (like Settings): re-reads don't wipe what's being edited.
  return <NoteSettingsForm settings={data} />;
}

function NoteSettingsForm({ settings }: { settings: NoteSettings }) {
  const [nudgeEnabled, setNudgeEnabled] = useState(settings.nudgeEnabled);
  const [days, setDays] = useState(String(settings.nudgeAfterDays));
  const [notifyOnArrival, setNotifyOnArrival] = useState(settings.notifyOnArrival);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('notes:settings-save', {
        nudgeEnabled,
        // The day count only matters (and is only checked) while the nudge is on.
        ...(nudgeEnabled ? { nudgeAfterDays: days.trim() === '' ? Number.NaN : Number(days) } : {}),
        notifyOnArrival,
      });
      setMessage(saved('Saved.'));
    } catch (e) {
      setMessage(failure(e));
    }
  };

  return (
    <form
      className="card notes-settings"
      aria-labelledby="notes-settings-title"
      // Our own message says what's allowed, in words; the browser's bubble would not.
      noValidate
      onSubmit={(e) => void save(e)}
    >
      <h2 id="notes-settings-title">Note settings</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={nudgeEnabled}
          onChange={(e) => setNudgeEnabled(e.target.checked)}
        />{' '}
        Offer a gentle nudge when I haven’t written a note for a while
      </label>
      <label className="field" htmlFor="notes-nudge-days">
        Nudge after this many quiet days
      </label>
      <input
        id="notes-nudge-days"
        className="notes-days"
        type="number"
        inputMode="numeric"
        min={NUDGE_AFTER_DAYS_MIN}
        max={NUDGE_AFTER_DAYS_MAX}
        step={1}
        value={days}
        disabled={!nudgeEnabled}
        onChange={(e) => setDays(e.target.value)}
        aria-describedby="notes-nudge-days-hint"
      />
      <p id="notes-nudge-days-hint" className="explain">
        {NUDGE_AFTER_DAYS_MIN} to {NUDGE_AFTER_DAYS_MAX} days. The nudge is a card on Today and a
        line in the tray menu — never a notification.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={notifyOnArrival}
          onChange={(e) => setNotifyOnArrival(e.target.checked)}
        />{' '}
        Show a notification when a note arrives
      </label>
      <p className="explain">It never says who wrote the note or what it says.</p>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save note settings
        </button>
        <StatusLine message={message} />
      </div>
    </form>
  );
}
