// Settings → "Your partner's computer": connect two Nuzzles through a folder both computers
// already keep in sync, compare the confirmation words, see when the partner's computer was
// last heard from, and disconnect.

import { useState, type SyntheticEvent } from 'react';
import type { SyncStatus } from '../../../../shared/contract-sync.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import './sync.css';
import { call } from '../../api.ts';
import { useChannel } from '../../use-channel.ts';

function heardText(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function SyncCard() {
  // Sync reports its news on the 'settings' topic.
  const { data: status, error, reload } = useChannel('sync:status', ['settings']);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [joining, setJoining] = useState(false);
  const [code, setCode] = useState('');
  const [confirmUnpair, setConfirmUnpair] = useState(false);
  const [removeFiles, setRemoveFiles] = useState(true);

  if (!status) return error ? <StatusLine message={{ error: true, text: error }} /> : null;

  const whose = status.partnerName ? `${status.partnerName}’s computer` : 'your partner’s computer';

  const act = async (run: () => Promise<SyncStatus>, done?: (s: SyncStatus) => string | null) => {
    try {
      const next = await run();
      reload();
      const text = done?.(next) ?? null;
      setMessage(text ? saved(text) : null);
    } catch (e) {
      setMessage(failure(e));
    }
  };

  const join = (event: SyntheticEvent) => {
    event.preventDefault();
    void act(
      () => call('sync:join', { code }),
      (s) => {
        if (s.state === 'off') return null;
        setJoining(false);
        setCode('');
        return 'Connected.';
      },
    );
  };

  return (
    <section className="card sync-card" aria-labelledby="sync-title">
      <h2 id="sync-title">Your partner’s computer</h2>

      {status.state === 'off' && (
        <>
          <p className="muted">
            If you each use your own computer, Nuzzle can meet through a folder both computers
            already keep in sync (Syncthing, Dropbox, iCloud Drive…). Everything in it is locked
            with a code only the two of you have.
          </p>
          {!joining ? (
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void act(
                    () => call('sync:invite'),
                    (s) => (s.state === 'off' ? null : 'Now give your partner the code.'),
                  )
                }
              >
                Connect with my partner’s computer
              </button>
              <button type="button" onClick={() => setJoining(true)}>
                I have a code
              </button>
            </div>
          ) : (
            <form onSubmit={join}>
              <label className="field" htmlFor="sync-code-input">
                The code shown on your partner’s computer
              </label>
              <input
                id="sync-code-input"
                autoComplete="off"
                spellCheck={false}
                value={code}
                onChange={(e) => setCode(e.target.value)}
                aria-describedby="sync-code-help"
              />
              <p id="sync-code-help" className="explain">
                Next you’ll choose the same shared folder your partner chose.
              </p>
              <div className="form-actions">
                <button type="submit" className="primary" disabled={code.trim() === ''}>
                  Choose the folder and connect
                </button>
                <button type="button" onClick={() => setJoining(false)}>
                  Cancel
                </button>
              </div>
            </form>
          )}
        </>
      )}

      {status.state === 'waiting' && (
        <>
          <p>Give this code to your partner. On their computer they choose “I have a code”:</p>
          <output className="sync-code" aria-label="Pairing code">
            {status.code}
          </output>
          <p className="muted">
            It can take a moment for your sync app to copy the folder across. This screen updates
            once {whose} has connected.
          </p>
          <div className="form-actions">
            <button type="button" onClick={() => void act(() => call('sync:now'))}>
              Check now
            </button>
            <button
              type="button"
              onClick={() => void act(() => call('sync:unpair', { removeFiles: true }))}
            >
              Cancel
            </button>
          </div>
        </>
      )}

      {status.state === 'paired' && (
        <>
          {status.phrase && (
            <p>
              Check that {whose} shows the same words:{' '}
              <span className="sync-phrase">{status.phrase}</span>
            </p>
          )}
          <p role="status">
            {status.lastHeardAt === null
              ? `Not heard from ${whose} yet.`
              : `Last heard from ${whose}: ${heardText(status.lastHeardAt)}`}
          </p>
          {status.folder && <p className="explain">Shared folder: {status.folder}</p>}
          {!confirmUnpair ? (
            <div className="form-actions">
              <button type="button" onClick={() => void act(() => call('sync:now'))}>
                Sync now
              </button>
              <button type="button" onClick={() => setConfirmUnpair(true)}>
                Disconnect…
              </button>
            </div>
          ) : (
            <div role="group" aria-labelledby="sync-unpair-title">
              <h3 id="sync-unpair-title">Stop syncing with {whose}?</h3>
              <p className="muted">Everything already here stays here.</p>
              <label className="check">
                <input
                  type="checkbox"
                  checked={removeFiles}
                  onChange={(e) => setRemoveFiles(e.target.checked)}
                />
                Also remove this computer’s files from the shared folder
              </label>
              <div className="form-actions">
                <button
                  type="button"
                  className="primary"
                  onClick={() =>
                    void act(
                      () => call('sync:unpair', { removeFiles }),
                      () => {
                        setConfirmUnpair(false);
                        return 'Disconnected.';
                      },
                    )
                  }
                >
                  Disconnect
                </button>
                <button type="button" onClick={() => setConfirmUnpair(false)}>
                  Keep syncing
                </button>
              </div>
            </div>
          )}
        </>
      )}

      {status.problem && (
        <p className="status status-error" role="alert">
          {status.problem}
        </p>
      )}
      <StatusLine message={message} />
    </section>
  );
}
