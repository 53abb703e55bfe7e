// Writing one note: an optional starting line, the text with a live character count, and Send.
// The draft is kept on this computer as the person types (debounced), restored when the
// composer opens again, and cleared once the note is sent. Used by the Notes screen and by the
// small "Write a note…" window (compact: Esc closes it, and it closes itself after sending).

import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import type { Partner } from '../../../../shared/domain.ts';
import { NOTE_PROMPTS } from '../../../../shared/note-prompts.ts';
import { NOTE_MAX_LENGTH, characterCount, type NoteDraft } from '../../../../shared/notes.ts';
import { call, onEvent } from '../../api.ts';
import { StatusLine, failure, saved, type StatusMessage } from '../../components/StatusLine.tsx';
import { displayName } from '../../format.ts';
import './notes.css';
import { LimitedTextarea } from '../../components/LimitedText.tsx';
import { FIELD_LIMITS } from '../../../../shared/field-limits.ts';

/** How long typing must pause before the draft is written to disk. */
const DRAFT_DELAY_MS = 400;

interface Props {
  author: Partner;
  recipient: Partner;
  /** Where the starter prompts begin, so they vary from day to day. */
  promptSeed: string;
  compact?: boolean;
  /** Opened by a "Write a note" button: the text box takes the focus. */
  focusOnOpen?: boolean;
  /** Compact window: asked to close (after Esc, or a moment after sending). */
  onClose?: () => void;
}

const formatCount = (n: number) => n.toLocaleString('en-US');

export function NoteComposer({
  author,
  recipient,
  promptSeed,
  compact = false,
  focusOnOpen = false,
  onClose,
}: Props) {
  const authorId = author.id;
  const recipientName = displayName(recipient.name, 'your partner');
  const [text, setText] = useState('');
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const [sending, setSending] = useState(false);
  // What's typed, and what the disk already has: a re-read never clobbers unsaved typing.
  const textRef = useRef('');
  const savedRef = useRef('');
  const timer = useRef<number | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const baseId = useId();

  const cancelTimer = () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
  };

  const persist = useCallback(async () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    const current = textRef.current;
    if (current === savedRef.current) return;
    try {
      await call('notes:draft-save', { authorId, text: current });
      savedRef.current = current;
    } catch (e) {
      setMessage(failure(e));
    }
  }, [authorId]);

  const applyDraft = useCallback((draft: NoteDraft) => {
    // Typing started while the draft was on its way: keep the typing.
    if (textRef.current !== savedRef.current || timer.current !== null) return;
    savedRef.current = draft.text;
    textRef.current = draft.text;
    setText(draft.text);
  }, []);

  const loadDraft = useCallback(
    () =>
      call('notes:draft-get', { authorId })
        .then(applyDraft)
        .catch((e: unknown) => setMessage(failure(e))),
    [authorId, applyDraft],
  );

  useEffect(() => {
    let live = true;
    call('notes:draft-get', { authorId })
      .then((draft) => {
        if (live) applyDraft(draft);
      })
      .catch((e: unknown) => {
        if (live) setMessage(failure(e));
      });
    return () => {
      live = false;
    };
  }, [authorId, applyDraft]);

  // Back to this window, or notes changed elsewhere (sent from the other window): re-read the
  // draft unless there is typing not yet saved.
  useEffect(() => {
    const resync = () => {
      if (textRef.current === savedRef.current && timer.current === null) void loadDraft();
    };
    const onFocus = () => {
      setMessage((m) => (m && !m.error ? null : m));
      resync();
    };
    window.addEventListener('focus', onFocus);
    const off = onEvent('changed', ({ topics }) => {
      if (topics.includes('notes')) resync();
    });
    return () => {
      window.removeEventListener('focus', onFocus);
      off();
    };
  }, [loadDraft]);

  // Leaving (closing the window, switching who writes): save what's there.
  useEffect(() => {
    const flush = () => void persist();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [persist]);

  // The small window: Esc saves the draft and closes, wherever the focus is.
  useEffect(() => {
    if (!onClose) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      void persist().then(onClose);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, persist]);

  const update = (next: string) => {
    setText(next);
    textRef.current = next;
    setMessage((m) => (m?.error ? null : m));
    cancelTimer();
    timer.current = window.setTimeout(() => void persist(), DRAFT_DELAY_MS);
  };

  const insertStarter = (prompt: string) => {
    const starter = prompt.endsWith('…') ? `${prompt.slice(0, -1).trimEnd()} ` : `${prompt} `;
    const current = textRef.current.trimEnd();
    const next = current === '' ? starter : `${current}\n\n${starter}`;
    update(next);
    const area = areaRef.current;
    if (area) {
      area.focus();
      // After React has put the new text in: caret at the end, ready to go on.
      window.requestAnimationFrame(() => area.setSelectionRange(next.length, next.length));
    }
  };

  const send = async (event?: SyntheticEvent) => {
    event?.preventDefault();
    if (sending) return;
    setSending(true);
    cancelTimer();
    try {
      await call('notes:send', { authorId, text: textRef.current });
      textRef.current = '';
      savedRef.current = '';
      setText('');
      setMessage(
        saved(
          recipient.onThisComputer
            ? `Sent. ${recipientName} will find it in their notes.`
            : `Sent. It’s kept here and will reach ${recipientName} once your two Nuzzles are connected.`,
        ),
      );
      if (onClose) window.setTimeout(onClose, 1200);
    } catch (e) {
      setMessage(failure(e));
      // Nothing was sent: the words stay, and stay saved as a draft.
      void persist();
    } finally {
      setSending(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void send(event);
  };

  const count = characterCount(text.trim());
  const areaId = `${baseId}-text`;
  const countId = `${baseId}-count`;
  const hintId = `${baseId}-hint`;

  return (
    <form
      className={compact ? 'note-composer compact' : 'note-composer'}
      onSubmit={(e) => void send(e)}
      aria-label={`Note to ${recipientName}`}
    >
      <PromptPicker seed={promptSeed} onUse={insertStarter} />
      <label className="field" htmlFor={areaId}>
        Your note to {recipientName}
      </label>
      <LimitedTextarea
        limit={FIELD_LIMITS.note}
        showCount={false}
        id={areaId}
        ref={areaRef}
        rows={compact ? 4 : 5}
        value={text}
        onChange={(e) => update(e.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={`${countId} ${hintId}`}
        autoFocus={compact || focusOnOpen}
      />
      <p id={countId} className="note-count">
        {formatCount(count)} / {formatCount(NOTE_MAX_LENGTH)}
      </p>
      <p id={hintId} className="hint note-hint">
        {compact
          ? 'Ctrl+Enter (⌘+Enter) sends · Esc closes and keeps your draft.'
          : 'Drafts are kept on this computer as you type. Ctrl+Enter (⌘+Enter on a Mac) sends.'}
      </p>
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={sending}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          Send to {recipientName}
        </button>
      </div>
      <StatusLine message={message} />
    </form>
  );
}

/** Where in the list of starters to begin: the same all day, different the next. */
function startIndex(seed: string): number {
  let sum = 0;
  for (const ch of seed) sum = (sum * 31 + ch.charCodeAt(0)) % 1_000_003;
  return sum % NOTE_PROMPTS.length;
}

function PromptPicker({ seed, onUse }: { seed: string; onUse: (prompt: string) => void }) {
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(() => startIndex(seed));
  const panelId = useId();
  const prompt = NOTE_PROMPTS[index] ?? '';
  return (
    <div className="note-prompts">
      <button
        type="button"
        className="link"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Need a starting line?
      </button>
      <div id={panelId} className="note-prompt" hidden={!open}>
        <p aria-live="polite" data-testid="note-prompt">
          {prompt}
        </p>
        <div className="note-prompt-actions">
          <button type="button" onClick={() => onUse(prompt)}>
            Use this line
          </button>
          <button type="button" onClick={() => setIndex((i) => (i + 1) % NOTE_PROMPTS.length)}>
            Another one
          </button>
        </div>
      </div>
    </div>
  );
}
