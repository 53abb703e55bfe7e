// Settings → Privacy & lock: how the data's key is kept, and the optional passcode (set,
// change, turn off, when to lock by itself). The recovery key is shown once, right after the
// passcode is set, with copy and save; nobody can show it again.

import { useState, type SyntheticEvent } from 'react';
import type { LockStatus } from '../../../../shared/contract-lock.ts';
import { IDLE_MINUTES, PASSCODE_MIN } from '../../../../shared/limits.ts';
import { call } from '../../api.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { useChannel } from '../../use-channel.ts';
import { RecoveryKeyPanel } from './RecoveryKeyPanel.tsx';
import './lock.css';

const idleWords = (m: number) =>
  m === 0 ? 'Never by itself' : m === 60 ? 'After an hour away' : `After ${String(m)} minutes away`;

export function LockCard() {
  const { data: status, reload } = useChannel('lock:status', ['settings']);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  if (!status) return null;
  return (
    <section className="card lock-card" aria-labelledby="lock-title" id="privacy-lock">
      <h2 id="lock-title">Privacy &amp; lock</h2>
      <KeyringWords status={status} />
      {recoveryKey ? (
        <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
      ) : status.passcode ? (
        <PasscodeOn status={status} onChange={reload} />
      ) : (
        <SetPasscode onSet={(key) => (setRecoveryKey(key), reload())} />
      )}
    </section>
  );
}

function KeyringWords({ status }: { status: LockStatus }) {
  if (status.passcode) {
    return <p>Your data is encrypted on this computer, and opens only with your passcode.</p>;
  }
  if (status.keyring.inUse) {
    return (
      <p>
        Your data is encrypted on this computer. Its key is kept in your computer’s keychain, so
        Nuzzle opens without asking. Anyone using your account can still open Nuzzle — a passcode
        stops that.
      </p>
    );
  }
  return (
    <p>
      Your data is encrypted, but this computer has no keychain Nuzzle can use (on Linux, no GNOME
      Keyring or KWallet is running), so its key is stored beside it. Someone who copies your files
      could read them. A passcode keeps them private.
    </p>
  );
}

function SetPasscode({ onSet }: { onSet: (recoveryKey: string) => void }) {
  const [passcode, setPasscode] = useState('');
  const [again, setAgain] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (passcode !== again) {
      setMessage({ error: true, text: 'The two passcodes aren’t the same yet.' });
      return;
    }
    if (!understood) {
      setMessage({ error: true, text: 'Please tick the box once you’ve read what it says.' });
      return;
    }
    setBusy(true);
    try {
      const result = await call('lock:set-passcode', { passcode, understood: true });
      setPasscode('');
      setAgain('');
      onSet(result.recoveryKey);
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Set a passcode</h3>
      <p className="muted">
        Nuzzle will ask for it when it starts, after your computer sleeps or locks, and after the
        time away you choose. At least {PASSCODE_MIN} characters.
      </p>
      <label className="field" htmlFor="new-passcode">
        New passcode
      </label>
      <input
        id="new-passcode"
        type="password"
        autoComplete="new-password"
        value={passcode}
        onChange={(e) => setPasscode(e.target.value)}
        minLength={PASSCODE_MIN}
        required
      />
      <label className="field" htmlFor="new-passcode-again">
        The same passcode again
      </label>
      <input
        id="new-passcode-again"
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(e) => setAgain(e.target.value)}
        required
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={understood}
          onChange={(e) => setUnderstood(e.target.checked)}
        />{' '}
        I understand: you’ll get a recovery key next. Without the passcode and the recovery key,
        nobody — including us — can read this data.
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Setting…' : 'Set passcode'}
        </button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}

function PasscodeOn({ status, onChange }: { status: LockStatus; onChange: () => void }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage(saved(done));
      onChange();
    } catch (e) {
      setMessage(failure(e));
    }
  };
  return (
    <>
      <div className="actions">
        <button type="button" onClick={() => void run(() => call('lock:now'), 'Locked.')}>
          Lock now
        </button>
      </div>
      <label className="field" htmlFor="idle-lock">
        Lock by itself
      </label>
      <select
        id="idle-lock"
        value={status.idleMinutes}
        onChange={(e) =>
          void run(() => call('lock:set-idle', { minutes: Number(e.target.value) }), 'Saved.')
        }
      >
        {IDLE_MINUTES.map((m) => (
          <option key={m} value={m}>
            {idleWords(m)}
          </option>
        ))}
      </select>
      <StatusLine message={message} />
      <ChangePasscode needsNew={status.needsNewPasscode} onDone={onChange} />
      <TurnOff onDone={onChange} />
    </>
  );
}

function ChangePasscode({ needsNew, onDone }: { needsNew: boolean; onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('lock:change-passcode', needsNew ? { next } : { current, next });
      setCurrent('');
      setNext('');
      setMessage(saved('Your passcode is changed. Your recovery key stays the same.'));
      onDone();
    } catch (e) {
      setMessage(failure(e));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>{needsNew ? 'Choose a new passcode' : 'Change passcode'}</h3>
      {needsNew && (
        <p>You opened Nuzzle with your recovery key. Choose a new passcode you’ll remember.</p>
      )}
      {!needsNew && (
        <>
          <label className="field" htmlFor="current-passcode">
            Current passcode
          </label>
          <input
            id="current-passcode"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
          />
        </>
      )}
      <label className="field" htmlFor="next-passcode">
        New passcode
      </label>
      <input
        id="next-passcode"
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        minLength={PASSCODE_MIN}
        required
      />
      <div className="actions">
        <button type="submit">{needsNew ? 'Save new passcode' : 'Change passcode'}</button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}

function TurnOff({ onDone }: { onDone: () => void }) {
  const [current, setCurrent] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await call('lock:turn-off', { current });
      setCurrent('');
      onDone();
    } catch (e) {
      setMessage(failure(e));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h3>Turn the passcode off</h3>
      <p className="muted">Your data stays encrypted; Nuzzle just stops asking.</p>
      <label className="field" htmlFor="off-passcode">
        Current passcode
      </label>
      <input
        id="off-passcode"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        required
      />
      <div className="actions">
        <button type="submit">Turn passcode off</button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}
