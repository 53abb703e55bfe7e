// On a shared computer: whose check-in is on screen. A segmented radio group; a tick marks
// whoever has already checked in today.

import type { PartnerToday } from '../../../../shared/domain.ts';
import { displayName } from '../../format.ts';

interface Props {
  partners: readonly PartnerToday[];
  value: string;
  onChange: (partnerId: string) => void;
}

export function PartnerSwitch({ partners, value, onChange }: Props) {
  return (
    <fieldset className="segmented partner-switch">
      <legend>Who’s checking in?</legend>
      {partners.map((p) => (
        <label key={p.partner.id}>
          <input
            type="radio"
            name="today-who"
            checked={p.partner.id === value}
            onChange={() => onChange(p.partner.id)}
          />
          {displayName(p.partner.name, p.partner.role === 'me' ? 'Me' : 'Partner')}
          {p.checkin && (
            <span className="switch-done">
              <span aria-hidden="true">✓</span>
              <span className="visually-hidden"> (checked in)</span>
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
