// The apology builder: four fields, with kind flags for qualifiers and deflections as you type.
// It never sends anything: drafts are saved on this computer, per partner, and can be deleted.

import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
  type SyntheticEvent,
} from 'react';
import { lintApology, type ApologyFlag } from '../../../../shared/apology-lint.ts';
import type { ApologyDraft } from '../../../../shared/contract-guides.ts';
import type { Partner, Settings } from '../../../../shared/domain.ts';
import { call } from '../../api.ts';
import { useDraft } from '../../drafts.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { useChannel } from '../../use-channel.ts';
import { guideHref } from './GuideContent.tsx';
import { ReaderChoice, useReader } from './ReaderChoice.tsx';
import './guides.css';
import { LimitedTextarea } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

type FieldName = 'happened' | 'wrong' | 'harm' | 'different';
type Fields = Record<FieldName, string>;

const EMPTY: Fields = { happened: '', wrong: '', harm: '', different: '' };

const FIELDS: readonly { name: FieldName; label: string; hint: string }[] = [
  {
    name: 'happened',
    label: 'What happened',
    hint: 'Say what you did, specifically and in plain words.',
  },
  {
    name: 'wrong',
    label: 'That it was wrong',
    hint: 'Say that it was wrong, without softening it.',
  },
  {
    name: 'harm',
    label: 'Why it damaged trust',
    hint: 'Show you understand what it cost them — especially their trust in what you say and do.',
  },
  {
    name: 'different',
    label: 'What I will do differently',
    hint: 'Something concrete and small enough to keep doing. It could become a commitment.',
  },
];

/** Flags are shown once typing pauses, so the notes don't flicker with every letter. */
const LINT_AFTER_MS = 350;

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const sameFields = (a: Fields, b: Fields) =>
  a.happened === b.happened &&
  a.wrong === b.wrong &&
  a.harm === b.harm &&
  a.different === b.different;

const fieldsOf = (d: ApologyDraft): Fields => ({
  happened: d.happened,
  wrong: d.wrong,
  harm: d.harm,
  different: d.different,
});

export function ApologyScreen() {
  const settings = useChannel('settings:get', ['settings']);
  const drafts = useChannel('apology:drafts', ['guides', 'settings']);
  const [writer, chooseWriter] = useReader(settings.data);

  if (settings.error) return <p role="alert">{settings.error}</p>;
  if (!settings.data || !writer) return <p className="muted">Loading…</p>;
  return (
    <ApologyBuilder
      key={writer.id}
      settings={settings.data}
      writer={writer}
      onChooseWriter={chooseWriter}
      drafts={drafts.data?.filter((d) => d.authorId === writer.id) ?? null}
      draftsError={drafts.error}
    />
  );
}

function ApologyBuilder({
  settings,
  writer,
  onChooseWriter,
  drafts,
  draftsError,
}: {
  settings: Settings;
  writer: Partner;
  onChooseWriter: (id: string) => void;
  drafts: ApologyDraft[] | null;
  draftsError: string | null;
}) {
  // What is being written (and which saved draft it is) survives leaving the screen, in
  // memory only (drafts.ts); "Save draft" is what keeps it on this computer.
  const [fields, setFields] = useDraft<Fields>(`apology:${writer.id}:fields`, EMPTY);
  const [draftId, setDraftId] = useDraft<string | null>(`apology:${writer.id}:id`, null);
  const [savedFields, setSavedFields] = useDraft<Fields>(`apology:${writer.id}:saved`, EMPTY);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const firstFieldRef = useRef<HTMLTextAreaElement>(null);
  const settledFields = useSettled(fields, LINT_AFTER_MS);
  const flags = useMemo(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f.name, lintApology(settledFields[f.name])])) as Record<
        FieldName,
        ApologyFlag[]
      >,
    [settledFields],
  );
  const dirty = !sameFields(fields, savedFields);
  const empty = sameFields(fields, EMPTY) || Object.values(fields).every((t) => t.trim() === '');

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const save = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      const result = await call('apology:save', {
        ...(draftId ? { id: draftId } : {}),
        partnerId: writer.id,
        ...fields,
      });
      setDraftId(result.id);
      setSavedFields(fieldsOf(result));
      setStatus(saved('Draft saved on this computer. Nothing has been sent.'));
    } catch (e) {
      setStatus(failure(e));
    }
  };

  const open = (draft: ApologyDraft) => {
    setDraftId(draft.id);
    setFields(fieldsOf(draft));
    setSavedFields(fieldsOf(draft));
    setConfirming(false);
    setStatus(saved('Draft opened.'));
    firstFieldRef.current?.focus();
  };

  const startNew = () => {
    setDraftId(null);
    setFields(EMPTY);
    setSavedFields(EMPTY);
    setConfirming(false);
    setStatus(null);
    firstFieldRef.current?.focus();
  };

  const remove = async () => {
    if (!draftId) return;
    try {
      await call('apology:delete', { id: draftId });
      setDraftId(null);
      setFields(EMPTY);
      setSavedFields(EMPTY);
      setConfirming(false);
      setStatus(saved('Draft deleted. Its words are gone from this computer.'));
      firstFieldRef.current?.focus();
    } catch (e) {
      setConfirming(false);
      setStatus(failure(e));
    }
  };

  return (
    <div className="screen apology">
      <header className="screen-header">
        <h1>Apology builder</h1>
        <p className="lede">
          Four short parts. Take your time — nothing here is ever sent, and drafts stay on this
          computer.
        </p>
      </header>
      <p>
        The notes under each field are gentle suggestions, not a verdict; you decide what to keep.
        For the thinking behind them, read <a href={guideHref('saying-sorry')}>Saying sorry</a>.
      </p>
      <ReaderChoice settings={settings} reader={writer} onChoose={onChooseWriter} verb="Writing" />

      <form
        className="card apology-form"
        aria-label={draftId ? 'Apology draft' : 'New apology draft'}
        onSubmit={(e) => void save(e)}
      >
        {FIELDS.map((f, i) => (
          <ApologyField
            key={f.name}
            label={f.label}
            hint={f.hint}
            value={fields[f.name]}
            flags={flags[f.name]}
            inputRef={i === 0 ? firstFieldRef : undefined}
            onChange={(value) => setFields((old) => ({ ...old, [f.name]: value }))}
          />
        ))}
        {fields.different.trim() !== '' && (
          <p className="hint">
            Ready to turn this into one small promise you can keep day by day?{' '}
            <a href="#/commitments">Add a commitment</a>
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={empty || (!dirty && !!draftId)}>
            Save draft
          </button>
          <button type="button" onClick={startNew}>
            Start a new draft
          </button>
          {draftId && !confirming && (
            <button type="button" ref={deleteRef} onClick={() => setConfirming(true)}>
              Delete draft
            </button>
          )}
          <StatusLine message={status} />
        </div>
        {confirming && (
          <div className="confirm-delete" role="group" aria-labelledby="confirm-delete-text">
            <p id="confirm-delete-text">
              Delete this draft? Its words will be erased from this computer. This can’t be undone.
            </p>
            <div className="form-actions">
              <button type="button" onClick={() => void remove()}>
                Yes, delete it
              </button>
              <button
                type="button"
                ref={keepRef}
                className="primary"
                onClick={() => {
                  setConfirming(false);
                  window.setTimeout(() => deleteRef.current?.focus(), 0);
                }}
              >
                Keep it
              </button>
            </div>
          </div>
        )}
      </form>

      {!empty && <Preview fields={settledFields} flags={flags} />}

      <section className="card" aria-labelledby="drafts-title">
        <h2 id="drafts-title">Saved drafts</h2>
        {draftsError && <p role="alert">{draftsError}</p>}
        {drafts && drafts.length === 0 && (
          <p className="muted">No saved drafts. Anything you save appears here, just for you.</p>
        )}
        {drafts && drafts.length > 0 && (
          <ul className="draft-list">
            {drafts.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="link"
                  onClick={() => open(d)}
                  aria-current={d.id === draftId ? 'true' : undefined}
                >
                  {draftTitle(d)}
                </button>
                <span className="muted">saved {when(d.updatedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function draftTitle(d: ApologyDraft): string {
  const first = [d.happened, d.wrong, d.harm, d.different].find((t) => t.trim() !== '') ?? '';
  const line = first.trim().replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function when(ms: number): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

function ApologyField({
  label,
  hint,
  value,
  flags,
  inputRef,
  onChange,
}: {
  label: string;
  hint: string;
  value: string;
  flags: ApologyFlag[];
  inputRef: Ref<HTMLTextAreaElement> | undefined;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="apology-field">
      <label className="field" htmlFor={`${id}-input`}>
        {label}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <LimitedTextarea
        limit={FIELD_LIMITS.apology}
        id={`${id}-input`}
        ref={inputRef}
        rows={3}
        value={value}
        aria-describedby={`${id}-hint ${id}-flags`}
        onChange={(e) => onChange(e.target.value)}
      />
      <div id={`${id}-flags`} role="status" aria-label={`Notes on “${label}”`}>
        {flags.length > 0 && (
          <ul className="apology-flags">
            {flags.map((f) => (
              <li key={`${f.kind}:${String(f.start)}`}>
                <span className="flag-words">“{f.match}”</span> — {f.explanation}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The four parts read through as one, with the flagged words marked. */
function Preview({ fields, flags }: { fields: Fields; flags: Record<FieldName, ApologyFlag[]> }) {
  return (
    <section className="card apology-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Read it through</h2>
      {FIELDS.filter((f) => fields[f.name].trim() !== '').map((f) => (
        <p key={f.name}>
          <Highlighted text={fields[f.name]} flags={flags[f.name]} />
        </p>
      ))}
      <p className="muted">
        Say it in your own voice, when the moment is right. An apology opens the work of repair; the
        changed behaviour that follows is what your partner will come to lean on.
      </p>
    </section>
  );
}

function Highlighted({ text, flags }: { text: string; flags: ApologyFlag[] }) {
  // Overlapping flags become one marked stretch.
  const spans: [number, number][] = [];
  for (const f of [...flags].sort((a, b) => a.start - b.start)) {
    const last = spans.at(-1);
    if (last && f.start <= last[1]) last[1] = Math.max(last[1], f.end);
    else spans.push([f.start, f.end]);
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}
