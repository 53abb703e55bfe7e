// "Export…": how the file is written — encrypted with a passphrase (the default), or plain
// JSON with plain words on what that means — then the save dialog. Paste and password
// managers work in both passphrase fields (WCAG 3.3.8); nothing here blocks them.

import { useState, type SyntheticEvent } from 'react';
import type { ExportMode } from '../../../shared/contract-data.ts';
import { EXPORT_PASSPHRASE_MAX, EXPORT_PASSPHRASE_MIN } from '../../../shared/limits.ts';
import { call } from '../api.ts';
import { StatusLine, failure, type StatusMessage } from './StatusLine.tsx';

const TOO_SHORT = `A passphrase needs at least ${String(EXPORT_PASSPHRASE_MIN)} characters — a few words you’ll remember work well.`;

/** onDone: the mode the file was written in, or null when the person cancelled. */
export function ExportForm(props: { onDone: (written: ExportMode | null) => void }) {
  const [mode, setMode] = useState<ExportMode>('encrypted');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (mode === 'encrypted') {
      if (passphrase.length < EXPORT_PASSPHRASE_MIN) {
        setMessage({ error: true, text: TOO_SHORT });
        return;
      }
      if (passphrase !== again) {
        setMessage({ error: true, text: 'The two passphrases aren’t the same yet.' });
        return;
      }
    }
    setBusy(true);
    setMessage(null);
    try {
      const r = await call('data:export', mode === 'plain' ? { mode } : { mode, passphrase });
      // A cancelled save dialog leaves the form as it was, to try again or cancel.
      if (!r.cancelled) props.onDone(mode);
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="export-form" aria-label="Export your data" onSubmit={(e) => void submit(e)}>
      <fieldset className="choice">
        <legend>How should the file be written?</legend>
        <label>
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'encrypted'}
            onChange={() => setMode('encrypted')}
          />{' '}
          Encrypted with a passphrase
        </label>
        <label>
          <input
            type="radio"
            name="export-mode"
            checked={mode === 'plain'}
            onChange={() => setMode('plain')}
          />{' '}
          Plain JSON
        </label>
      </fieldset>
      {mode === 'encrypted' ? (
        <>
          <p className="explain" id="export-encrypted-note">
            Only someone who knows the passphrase can open the file. Nuzzle can’t recover a
            forgotten passphrase, so keep it somewhere safe. At least{' '}
            {String(EXPORT_PASSPHRASE_MIN)} characters.
          </p>
          <label className="field" htmlFor="export-passphrase">
            Passphrase
          </label>
          <input
            id="export-passphrase"
            type="password"
            autoComplete="new-password"
            aria-describedby="export-encrypted-note"
            maxLength={EXPORT_PASSPHRASE_MAX}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            required
          />
          <label className="field" htmlFor="export-passphrase-again">
            The same passphrase again
          </label>
          <input
            id="export-passphrase-again"
            type="password"
            autoComplete="new-password"
            maxLength={EXPORT_PASSPHRASE_MAX}
            value={again}
            onChange={(e) => setAgain(e.target.value)}
            required
          />
        </>
      ) : (
        <p className="explain" id="export-plain-note">
          A plain file isn’t locked: anyone who gets it — on this computer, in an email, on a USB
          stick — can read every check-in and note in it, word for word. Choose this only if you
          want to open the file in another program.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
        <button type="button" disabled={busy} onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}
