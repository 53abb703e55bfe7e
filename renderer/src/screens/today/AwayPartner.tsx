// "Just me" mode: the partner checks in on their own computer; their check-in arrives by sync.

import type { PartnerToday } from '../../../../shared/domain.ts';
import { SCALES } from '../../components/ScoreField.tsx';
import { displayName } from '../../format.ts';

export function AwayPartner({ entry }: { entry: PartnerToday }) {
  const name = displayName(entry.partner.name, 'Your partner');
  const c = entry.checkin;
  return (
    <section className="card away" aria-labelledby={`away-${entry.partner.id}`}>
      <h2 id={`away-${entry.partner.id}`}>{name}’s check-in</h2>
      {c ? (
        <dl className="checkin-summary">
          <dt>{SCALES.mood.label}</dt>
          <dd>{SCALES.mood.words[c.mood - 1]}</dd>
          <dt>{SCALES.closeness.label}</dt>
          <dd>{SCALES.closeness.words[c.closeness - 1]}</dd>
          <dt>Settled</dt>
          <dd>{SCALES.settled.words[c.settled - 1]}</dd>
          {c.shared && (
            <>
              <dt>Shared</dt>
              <dd>{c.shared}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">
          {name} checks in on their own computer. Once your two Nuzzles are paired, it shows up
          here. Yours is kept safely on this one.
        </p>
      )}
    </section>
  );
}
