// First run: names, who uses this computer, reminder time, launch at login. One short form.

import { useState, type SyntheticEvent } from 'react';
import type { ComputerMode } from '../../../shared/domain.ts';
import { call, errorWords } from '../api.ts';
import { navigate } from '../router.ts';
import { LimitedInput } from '../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../shared/field-limits.ts';
import { Mark } from '../components/Mark.tsx';

export function OnboardingScreen({ onDone }: { onDone: () => void }) {
  const [myName, setMyName] = useState('');
  const [partnerName, setPartnerName] = useState('');
  const [computerMode, setComputerMode] = useState<ComputerMode>('just-me');
  const [reminderTime, setReminderTime] = useState('20:00');
  const [launchAtLogin, setLaunchAtLogin] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('onboarding:complete', {
        myName,
        partnerName,
        computerMode,
        reminderTime,
        launchAtLogin,
      });
      navigate('today');
      onDone();
    } catch (e) {
      setError(errorWords(e));
    }
  };

  return (
    <div className="screen onboarding">
      <header className="screen-header">
        <Mark size={56} />
        <h1>Welcome to Nuzzle</h1>
        <p className="lede">
          A small daily moment for the two of you. Each day you both check in, the pattern grows —
          and the pattern is what trust is built on. Everything stays on this computer.
        </p>
      </header>
      <form className="card" onSubmit={(e) => void submit(e)}>
        <label className="field" htmlFor="ob-me">
          Your name
        </label>
        <LimitedInput
          limit={FIELD_LIMITS.name}
          id="ob-me"
          value={myName}
          onChange={(e) => setMyName(e.target.value)}
          required
          autoFocus
        />
        <label className="field" htmlFor="ob-partner">
          Your partner’s name
        </label>
        <LimitedInput
          limit={FIELD_LIMITS.name}
          id="ob-partner"
          value={partnerName}
          onChange={(e) => setPartnerName(e.target.value)}
          required
        />
        <fieldset className="choice">
          <legend>Who uses Nuzzle on this computer?</legend>
          <label>
            <input
              type="radio"
              name="mode"
              checked={computerMode === 'just-me'}
              onChange={() => setComputerMode('just-me')}
            />{' '}
            Just me — my partner has Nuzzle on their own computer
          </label>
          <label>
            <input
              type="radio"
              name="mode"
              checked={computerMode === 'both'}
              onChange={() => setComputerMode('both')}
            />{' '}
            Both of us, on this computer
          </label>
        </fieldset>
        <label className="field" htmlFor="ob-time">
          Daily reminder
        </label>
        <input
          id="ob-time"
          type="time"
          value={reminderTime}
          onChange={(e) => setReminderTime(e.target.value)}
          required
        />
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
            Start
          </button>
          {error && (
            <p className="status status-error" role="alert">
              {error}
            </p>
          )}
        </div>
      </form>
    </div>
  );
}
