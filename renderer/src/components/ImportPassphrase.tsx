// The import flow's question when the chosen file is an encrypted export: its passphrase.
// Main keeps the chosen file; this only sends the passphrase. A wrong one is answered in
// words and the field stays, to try again; paste and password managers work (WCAG 3.3.8).

import { useState, type SyntheticEvent } from 'react';
import type { ImportResult } from '../../../shared/contract-data.ts';
import { EXPORT_PASSPHRASE_MAX } from '../../../shared/limits.ts';
import { call } from '../api.ts';
import { StatusLine, failure, type StatusMessage } from './StatusLine.tsx';

export function ImportPassphrase(props: {
  onImported: (result: ImportResult) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<StatusMessage | null>(null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      props.onImported(await call('data:import', { passphrase }));
    } catch (e) {
      setMessage(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="import-passphrase"
      aria-label="Open the encrypted export"
      onSubmit={(e) => void submit(e)}
    >
      <p className="explain" id="import-passphrase-note">
        This export is encrypted. Type or paste the passphrase it was made with — nothing is
        imported until it opens.
      </p>
      <label className="field" htmlFor="import-passphrase">
        The export’s passphrase
      </label>
      <input
        id="import-passphrase"
        type="password"
        autoComplete="current-password"
        aria-describedby="import-passphrase-note"
        maxLength={EXPORT_PASSPHRASE_MAX}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        required
        autoFocus
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Opening…' : 'Open and import'}
        </button>
        <button type="button" disabled={busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}
