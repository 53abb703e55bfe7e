// "Your data": backups (automatic daily, or now), restore, export, import, delete everything.

import { useState, type SyntheticEvent } from 'react';
import type { ImportResult } from '../../../shared/contract-data.ts';
import type { BackupInfo } from '../../../shared/domain.ts';
import { call } from '../api.ts';
import { shortDate } from '../format.ts';
import { useChannel } from '../use-channel.ts';
import { StatusLine, failure, saved, type StatusMessage } from './StatusLine.tsx';
import { LimitedInput } from './LimitedText.tsx';
import { FIELD_LIMITS } from '../../../shared/field-limits.ts';
import { ExportForm } from './ExportForm.tsx';
import { ImportPassphrase } from './ImportPassphrase.tsx';

const CONFIRM_PHRASE = 'delete my data';

function describe(b: BackupInfo): string {
  const when = `${shortDate(b.date)}, ${b.name.slice(18, 20)}:${b.name.slice(20, 22)}`;
  const why =
    b.label === 'before-restore'
      ? ' (before a restore)'
      : b.label === 'before-import'
        ? ' (before an import)'
        : '';
  return `${when}${why}`;
}

function importedWords(r: ImportResult): StatusMessage {
  const differing =
    r.conflicts > 0
      ? ` ${String(r.conflicts)} ${r.conflicts === 1 ? 'record was' : 'records were'} already here with different details; the ones here were kept.`
      : '';
  return saved(
    (r.added === 0 && r.conflicts === 0
      ? 'Imported — everything in that file was already here.'
      : `Imported ${String(r.added)} new records.`) + differing,
  );
}

export function DataCard() {
  const { data: status } = useChannel('data:status', ['data']);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [confirmRestore, setConfirmRestore] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [exporting, setExporting] = useState(false);
  const [askPassphrase, setAskPassphrase] = useState(false);
  if (!status) return null;

  const act = async (run: () => Promise<StatusMessage | null>) => {
    try {
      setMessage(await run());
    } catch (e) {
      setMessage(failure(e));
    }
  };

  const deleteAll = (event: SyntheticEvent) => {
    event.preventDefault();
    void act(async () => {
      await call('data:delete-all', { confirmation: typed });
      return saved('Everything was deleted. Nuzzle will start afresh.');
    });
  };

  return (
    <section className="card data-card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">
        Everything stays on this computer. Nuzzle backs up once a day and keeps a week of daily
        backups and a month of weekly ones.
      </p>
      <div className="form-actions">
        <button
          type="button"
          disabled={status.backingUp || status.readOnly}
          onClick={() =>
            void act(async () => {
              await call('data:backup-now');
              return saved('Backing up…');
            })
          }
        >
          {status.backingUp ? 'Backing up…' : 'Back up now'}
        </button>
        <button
          type="button"
          aria-expanded={exporting}
          onClick={() => {
            setMessage(null);
            setExporting(!exporting);
          }}
        >
          Export…
        </button>
        <button
          type="button"
          disabled={status.readOnly}
          onClick={() =>
            void act(async () => {
              setAskPassphrase(false);
              const r = await call('data:import');
              if (r.cancelled) return null;
              if (r.needsPassphrase) {
                setAskPassphrase(true);
                return null;
              }
              return importedWords(r);
            })
          }
        >
          Import…
        </button>
      </div>
      {exporting && (
        <ExportForm
          onDone={(written) => {
            setExporting(false);
            setMessage(
              written === 'encrypted'
                ? saved(
                    'Exported, encrypted. Keep the passphrase somewhere safe — without it the file can’t be opened.',
                  )
                : written === 'plain'
                  ? saved('Exported. Keep the file somewhere private — anyone can read it.')
                  : null,
            );
          }}
        />
      )}
      {askPassphrase && (
        <ImportPassphrase
          onImported={(r) => {
            setAskPassphrase(false);
            setMessage(importedWords(r));
          }}
          onCancel={() => setAskPassphrase(false)}
        />
      )}
      <StatusLine message={message} />

      <h3>Backups</h3>
      {status.backups.length === 0 ? (
        <p className="muted">No backups yet — the first one is made today.</p>
      ) : (
        <ul className="backups" aria-label="Backups">
          {status.backups.map((b) => (
            <li key={b.name}>
              {describe(b)}{' '}
              {confirmRestore === b.name ? (
                <span role="group" aria-label={`Restore the backup from ${describe(b)}?`}>
                  Replace what’s here now with this backup? (A copy of now is kept.){' '}
                  <button
                    type="button"
                    onClick={() =>
                      void act(async () => {
                        setConfirmRestore(null);
                        await call('data:restore', { name: b.name });
                        return saved(`Restored the backup from ${describe(b)}.`);
                      })
                    }
                  >
                    Restore
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmRestore(null)}>
                    Keep what’s here
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="link"
                  disabled={status.readOnly}
                  onClick={() => setConfirmRestore(b.name)}
                  aria-label={`Restore from the backup of ${describe(b)}…`}
                >
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>Delete all my data</h3>
      <form className="inline-form" onSubmit={deleteAll}>
        <label>
          To delete every check-in, note, commitment and backup on this computer, type “
          {CONFIRM_PHRASE}”
          <LimitedInput
            limit={FIELD_LIMITS.confirmWord}
            type="text"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
          />
        </label>
        <button
          type="submit"
          className="danger"
          disabled={typed.trim().toLowerCase() !== CONFIRM_PHRASE || status.readOnly}
        >
          Delete everything
        </button>
      </form>
    </section>
  );
}
