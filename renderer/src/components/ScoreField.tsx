// A 1–5 choice as a group of native radio buttons: labelled, keyboard-operable (arrows move,
// and digits 1–5 pick directly), and readable by screen readers.

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
    const digit = Number(event.key);
    if (Number.isInteger(digit) && digit >= 1 && digit <= 5) {
      event.preventDefault();
      onChange(digit as Score);
      onPicked?.();
    }
  };
  return (
    <fieldset className="score" onKeyDown={onKeyDown} data-field={name}>
      <legend>
        {scale.label}
        <span className="score-range" aria-hidden="true">
          {scale.low} → {scale.high}
        </span>
      </legend>
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
      <p className="score-word" aria-hidden="true">
        {value ? scale.words[value - 1] : ' '}
      </p>
    </fieldset>
  );
}
