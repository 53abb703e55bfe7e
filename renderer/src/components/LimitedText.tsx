// Text fields that stop at their limit and say so, kindly, right below the field. Typing or
// pasting past the limit keeps the text around the edit and cuts only what would run over
// (a 10 MB paste is cut at once); near the limit a small counter appears. Screen readers
// hear it twice at most: once when the counter appears, once at the limit — never per key.
// A page swaps `<textarea limit=…>` for `<LimitedTextarea limit={FIELD_LIMITS.x}>` and keeps
// its own value and onChange: the event's value is already clipped when onChange sees it.

import { useId, useState, type ChangeEvent, type ComponentPropsWithRef } from 'react';
import type { FieldLimit } from '../../../shared/field-limits.ts';
import { clipEdit, measureText } from '../../../shared/text-length.ts';
import './limited-text.css';

type Zone = 'room' | 'near' | 'full';

const formatCount = (n: number): string => n.toLocaleString('en-US');

/** The counter shows in the last tenth of the room (at least the last ten characters). */
function zoneOf(used: number, max: number): Zone {
  if (used >= max) return 'full';
  return used >= max - Math.max(10, Math.round(max / 10)) ? 'near' : 'room';
}

const leftWords = (left: number): string =>
  `${formatCount(left)} ${left === 1 ? 'character' : 'characters'} left`;

export function limitWords(limit: FieldLimit, pasted: boolean): string {
  const base = `That’s the ${formatCount(limit.max)}-character limit for ${limit.what}.`;
  return pasted ? `${base} The rest of what you pasted wasn’t added.` : base;
}

type FieldElement = HTMLTextAreaElement | HTMLInputElement;

interface LimitOptions {
  limit: FieldLimit;
  /** False where the page already shows its own count (the message still shows). */
  showCount?: boolean;
}

function useTextLimit(
  { limit, showCount = true }: LimitOptions,
  value: string,
  describedBy: string | undefined,
  onChange: ((event: ChangeEvent<FieldElement>) => void) | undefined,
) {
  const id = useId();
  const [pasted, setPasted] = useState(false);
  const [nearSaid, setNearSaid] = useState('');
  const used = measureText(value, limit);
  const zone = zoneOf(used, limit.max);
  const countId = `${id}-count`;
  const messageId = `${id}-limit`;

  const handleChange = (event: ChangeEvent<FieldElement>) => {
    const field = event.target;
    const next = field.value;
    const result = clipEdit(value, next, limit, field.selectionEnd ?? undefined);
    if (result.clipped) {
      field.value = result.text;
      try {
        field.setSelectionRange(result.caret, result.caret);
      } catch {
        // Some input types have no caret to place.
      }
    }
    setPasted(result.clipped && next.length - value.length > 1);
    const nextZone = zoneOf(measureText(result.text, limit), limit.max);
    if (nextZone === 'near' && zone === 'room') {
      setNearSaid(leftWords(limit.max - measureText(result.text, limit)));
    }
    onChange?.(event);
  };

  const counting = showCount && zone === 'near';
  const footer = (
    <span className="field-limit">
      {counting ? (
        <span id={countId} className="field-limit-count">
          {leftWords(limit.max - used)}
        </span>
      ) : null}
      {/* A live region without role="status", so the form's own status line stays the one. */}
      <span
        id={messageId}
        aria-live="polite"
        className={zone === 'full' ? 'field-limit-message' : 'visually-hidden'}
      >
        {zone === 'full' ? limitWords(limit, pasted) : zone === 'near' && showCount ? nearSaid : ''}
      </span>
    </span>
  );
  const ids = [describedBy, counting ? countId : null, zone === 'full' ? messageId : null]
    .filter(Boolean)
    .join(' ');
  return { handleChange, footer, describedBy: ids === '' ? undefined : ids };
}

type TextareaProps = Omit<ComponentPropsWithRef<'textarea'>, 'maxLength' | 'value'> &
  LimitOptions & { value: string };

export function LimitedTextarea({ limit, showCount, value, onChange, ...rest }: TextareaProps) {
  const { handleChange, footer, describedBy } = useTextLimit(
    { limit, showCount },
    value,
    rest['aria-describedby'],
    onChange as ((event: ChangeEvent<FieldElement>) => void) | undefined,
  );
  return (
    <>
      <textarea {...rest} value={value} onChange={handleChange} aria-describedby={describedBy} />
      {footer}
    </>
  );
}

type InputProps = Omit<ComponentPropsWithRef<'input'>, 'maxLength' | 'value'> &
  LimitOptions & { value: string };

export function LimitedInput({ limit, showCount, value, onChange, ...rest }: InputProps) {
  const { handleChange, footer, describedBy } = useTextLimit(
    { limit, showCount },
    value,
    rest['aria-describedby'],
    onChange as ((event: ChangeEvent<FieldElement>) => void) | undefined,
  );
  return (
    <>
      <input {...rest} value={value} onChange={handleChange} aria-describedby={describedBy} />
      {footer}
    </>
  );
}
