// The only screen shown while locked. Paste and password managers work (WCAG 3.3.8): a real
// password field with autocomplete="current-password", nothing blocked. A wrong try answers
// calmly; repeated ones wait a little longer each time (the core decides how long).

import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { call, errorWords } from '../../api.ts';
import { Mark } from '../../components/Mark.tsx';
import { navigate } from '../../router.ts';

export function UnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), [useRecovery]);

  const unlock = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await call(
        'lock:unlock',
        useRecovery ? { recoveryKey: secret } : { passcode: secret },
      );
      setSecret('');
      onUnlocked();
      // After the recovery key, Settings asks for a new passcode.
      if (result.usedRecoveryKey) navigate('settings');
    } catch (e) {
      // The core's own answers (a wrong try, a wait) come through as written.
      setMessage(errorWords(e));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const id = useRecovery ? 'unlock-recovery' : 'unlock-passcode';
  return (
    <main className="unlock-screen" aria-labelledby="unlock-title">
      <form className="card unlock-card" onSubmit={(e) => void unlock(e)}>
        <Mark size={40} />
        <h1 id="unlock-title">Nuzzle is locked</h1>
        <p className="muted">
          {useRecovery
            ? 'Type or paste the recovery key you saved when you set the passcode.'
            : 'Type your passcode to open Nuzzle.'}
        </p>
        <label className="field" htmlFor={id}>
          {useRecovery ? 'Recovery key' : 'Passcode'}
        </label>
        <input
          ref={input}
          id={id}
          key={id}
          name={useRecovery ? 'recovery-key' : 'password'}
          type={useRecovery ? 'text' : 'password'}
          autoComplete={useRecovery ? 'off' : 'current-password'}
          spellCheck={false}
          autoCapitalize="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
          aria-describedby={message ? 'unlock-message' : undefined}
          required
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Unlock'}
        </button>
        {message && (
          <p id="unlock-message" className="status status-error" role="alert">
            {message}
          </p>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setUseRecovery(!useRecovery);
            setSecret('');
            setMessage(null);
          }}
        >
          {useRecovery ? 'Use my passcode instead' : 'Forgot your passcode? Use your recovery key'}
        </button>
      </form>
    </main>
  );
}
