// The safety panel: where what happened involved control, coercion or fear, safety comes
// before repair. Calm and plain. The hotline's site opens in the system browser (main's
// window-open handler lets only allowlisted https addresses out, and this is one of them).

import { useId, useState } from 'react';
import { HOTLINE } from '../../../../shared/guides-catalog.ts';

type CopyState = 'idle' | 'copied' | 'failed';

export function SafetyPanel() {
  const titleId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyNumber = async () => {
    try {
      await navigator.clipboard.writeText(HOTLINE.phone);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <aside className="safety-panel" aria-labelledby={titleId} data-testid="safety-panel">
      <h3 id={titleId}>If you don’t feel safe</h3>
      <p>
        If what happened involved control, coercion or fear, safety comes before repair. You don’t
        need to be sure what it is, or to have decided anything, to talk to someone.
      </p>
      <p>In the US, the {HOTLINE.name} is free, confidential and open 24 hours a day, every day:</p>
      <ul className="safety-ways">
        <li>
          Call <strong className="phone">{HOTLINE.phone}</strong>{' '}
          <button type="button" onClick={() => void copyNumber()}>
            {copy === 'copied' ? 'Copied' : 'Copy number'}
          </button>
        </li>
        <li>
          Text <strong>{HOTLINE.textKeyword}</strong> to <strong>{HOTLINE.textNumber}</strong>
        </li>
        <li>
          Chat at{' '}
          <a href={HOTLINE.url} target="_blank" rel="noreferrer">
            {HOTLINE.site}
          </a>{' '}
          <span className="muted">(opens in your web browser)</span>
        </li>
      </ul>
      <p>
        In immediate danger, call <strong>911</strong>. Outside the US, call your local emergency
        number.
      </p>
      <p className="safety-copy-status" role="status">
        {copy === 'copied' && `Copied ${HOTLINE.phone}.`}
        {copy === 'failed' && `Couldn’t copy. The number is ${HOTLINE.phone}.`}
      </p>
    </aside>
  );
}
