// On a computer both partners use, "Reading as" / "Writing as" picks whose progress and drafts
// are shown. It starts as "me" and is remembered while the app is open.

import { useState } from 'react';
import type { Partner, Settings } from '../../../../shared/domain.ts';
import { displayName } from '../../format.ts';

let remembered: string | null = null;

/** The partner whose guides and drafts are shown; null until settings have loaded. */
export function useReader(settings: Settings | null): [Partner | null, (id: string) => void] {
  const [chosen, setChosen] = useState<string | null>(remembered);
  const here = settings?.partners.filter((p) => p.onThisComputer) ?? [];
  const reader = here.find((p) => p.id === chosen) ?? here.find((p) => p.role === 'me') ?? null;
  const choose = (id: string) => {
    remembered = id;
    setChosen(id);
  };
  return [reader, choose];
}

export function ReaderChoice({
  settings,
  reader,
  onChoose,
  verb,
}: {
  settings: Settings;
  reader: Partner;
  onChoose: (id: string) => void;
  verb: 'Reading' | 'Writing';
}) {
  const here = settings.partners.filter((p) => p.onThisComputer);
  if (here.length < 2) return null;
  return (
    <fieldset className="reader-choice">
      <legend>{verb} as</legend>
      {here.map((p) => (
        <label key={p.id}>
          <input
            type="radio"
            name={`${verb}-as`}
            checked={reader.id === p.id}
            onChange={() => onChoose(p.id)}
          />{' '}
          {displayName(p.name, p.role === 'me' ? 'Me' : 'My partner')}
        </label>
      ))}
    </fieldset>
  );
}
