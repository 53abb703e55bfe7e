// The recovery key, shown exactly once, right after the passcode is set: copy it, save it as
// a file, or write it down. Nuzzle keeps only a wrapped key, so it can't show it again.

import { useState } from 'react';

export function RecoveryKeyPanel(props: { recoveryKey: string; onDone: () => void }) {
  const [note, setNote] = useState<string | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(props.recoveryKey).then(
      () => setNote('Copied. Paste it somewhere safe, away from this computer.'),
      () => setNote('Copying didn’t work here — select the key and copy it, or write it down.'),
    );
  };
  const fileHref = `data:text/plain;charset=utf-8,${encodeURIComponent(
    `Nuzzle recovery key\n\n${props.recoveryKey}\n\nIt opens your Nuzzle data if the passcode is forgotten. Keep it somewhere safe.\n`,
  )}`;
  return (
    <div role="region" aria-labelledby="recovery-title">
      <h3 id="recovery-title">Your recovery key</h3>
      <p>
        Your passcode is set. Keep this key somewhere safe — printed, or in a password manager. It
        opens Nuzzle if the passcode is forgotten. This is the only time it’s shown.
      </p>
      <code className="recovery-key" data-testid="recovery-key">
        {props.recoveryKey}
      </code>
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <a className="button" href={fileHref} download="nuzzle-recovery-key.txt">
          Save as a file
        </a>
        <button type="button" className="primary" onClick={props.onDone}>
          I’ve saved it
        </button>
      </div>
      {note && (
        <p className="status status-saved" role="status">
          {note}
        </p>
      )}
    </div>
  );
}
