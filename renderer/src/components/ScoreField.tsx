// A 1–5 choice as a group of native radio buttons: labelled, keyboard-operable (arrows move,
// and digits 1–5 pick directly and move on to the next question), and readable by screen
// readers. Compact: the word for the chosen value sits beside the numbers.

import type { KeyboardEvent } from 'react';
import type { Score } from '../../../shared/domain.ts';
import { SCORE_WORDS } from '../../../shared/score-words.ts';

export interface ScaleSpec {
  label: string;
  low: string;
  high: string;
  words: readonly [string, string, string, string, string];
}

export const SCALES = {
  mood: {
    label: 'Mood',
    low: 'Low',
    high: 'Bright',
    words: SCORE_WORDS.mood,
  },
  closeness: {
    label: 'Closeness',
    low: 'Distant',
    high: 'Close',
    words: SCORE_WORDS.closeness,
  },
  settled: {
    label: 'How settled I feel about us',
    low: 'On guard',
    high: 'Settled',
    words: SCORE_WORDS.settled,
  },
} as const satisfies Record<string, ScaleSpec>;

interface Props {
  name: string;
  scale: ScaleSpec;
  value: Score | null;
  onChange: (value: Score) => void;
  /** Called after a digit key picked a value, so the next field can take focus. */
  onPicked?: () => void;
}

const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

export function ScoreField({ name, scale, value, onChange, onPicked }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= 5) {
      event.preventDefault();
      onChange(digit as Score);
      onPicked?.();
    }
  };
  return (
    <fieldset className="score" onKeyDown={onKeyDown} data-field={name}>
      <legend>{scale.label}</legend>
      <div className="score-row">
        <div className="score-options">
          {SCORES.map((n) => (
            <label key={n} className="score-option" title={scale.words[n - 1]}>
              <input
                type="radio"
                name={name}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-label={`${scale.label}: ${String(n)} of 5, ${scale.words[n - 1] ?? ''}`}
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </div>
        <p className={value ? 'score-word' : 'score-word score-range'} aria-hidden="true">
          {value ? scale.words[value - 1] : `${scale.low} → ${scale.high}`}
        </p>
      </div>
    </fieldset>
  );
}

/** Focuses the n-th 1–5 question inside a form (its chosen option, else its first), or, past
 *  the last one, the form's submit button: "move on", as the quick window does. */
export function focusScore(form: HTMLFormElement | null, index: number): void {
  const sets = form?.querySelectorAll<HTMLFieldSetElement>('fieldset.score');
  const set = sets?.[index];
  if (!set) {
    form?.querySelector<HTMLButtonElement>('button[type=submit]')?.focus();
    return;
  }
  (
    set.querySelector<HTMLInputElement>('input:checked') ??
    set.querySelector<HTMLInputElement>('input')
  )?.focus();
}
