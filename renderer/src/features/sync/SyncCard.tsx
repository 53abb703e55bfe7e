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

      {status.state === 'joining' && (
        <p role="status">Opening the invitation… this takes a moment.</p>
      )}

      {status.state === 'confirm' && (
        <div role="group" aria-labelledby="sync-confirm-title">
          <h3 id="sync-confirm-title">Do both screens show the same words?</h3>
          <p>
            <span className="sync-phrase">{status.phrase}</span>
          </p>
          <p className="muted">
            Check {whose} together (in person or on a call). Only if they match are the two
            computers connected; then the code stops working.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                void act(
                  () => call('sync:confirm', { match: true }),
                  () => 'Connected.',
                )
              }
            >
              The words match
            </button>
            <button
              type="button"
              onClick={() => void act(() => call('sync:confirm', { match: false }))}
            >
              They don’t match
            </button>
          </div>
        </div>
      )}

      {status.state === 'ended' && (
        <div className="form-actions">
          <button
            type="button"
            onClick={() => void act(() => call('sync:unpair', { removeFiles: true }))}
          >
            Disconnect this computer
          </button>
        </div>
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
          {status.replacement && (
            <div role="group" aria-labelledby="sync-replace-title">
              <h3 id="sync-replace-title">A new computer in place of {whose}</h3>
              {status.replacement.phrase ? (
                <>
                  <p>
                    Check that the new computer shows the same words:{' '}
                    <span className="sync-phrase">{status.replacement.phrase}</span>
                  </p>
                  <div className="form-actions">
                    <button
                      type="button"
                      className="primary"
                      onClick={() =>
                        void act(
                          () => call('sync:confirm-replacement', { match: true }),
                          () => 'The new computer is connected; the old one has stopped syncing.',
                        )
                      }
                    >
                      The words match
                    </button>
                    <button
                      type="button"
                      onClick={() =>
                        void act(() => call('sync:confirm-replacement', { match: false }))
                      }
                    >
                      They don’t match
                    </button>
                  </div>
                </>
              ) : (
                <>
                  <p>On the new computer, choose “I have a code” and enter:</p>
                  <output className="sync-code" aria-label="Code for the new computer">
                    {status.replacement.code}
                  </output>
                  <div className="form-actions">
                    <button
                      type="button"
                      onClick={() => void act(() => call('sync:cancel-replacement'))}
                    >
                      Cancel
                    </button>
                  </div>
                </>
              )}
            </div>
          )}
          {!confirmUnpair ? (
            <div className="form-actions">
              <button type="button" onClick={() => void act(() => call('sync:now'))}>
                Sync now
              </button>
              {!status.replacement && (
                <button type="button" onClick={() => void act(() => call('sync:replace'))}>
                  Replace {whose}…
                </button>
              )}
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

      {status.notice && (
        <div className="sync-notice" role="status" aria-label="Sync news">
          <p>{status.notice}</p>
          <button type="button" onClick={() => void act(() => call('sync:dismiss-notice'))}>
            OK
          </button>
        </div>
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
