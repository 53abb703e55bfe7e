// Shared set-up for the commitments core suites: a real core on a temp SQLite file.

import type { CommitmentView } from '../../../shared/commitments.ts';
import type { CommitmentsView } from '../../../shared/contract-commitments.ts';
import type { ComputerMode } from '../../../shared/domain.ts';
import { tempCore } from '../core/temp-core.ts';

export type Env = ReturnType<typeof tempCore>;

type Answer =
  { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

export function value<T>(r: Answer): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

export function refusal(r: Answer): { code: string; message: string } {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

/** A core onboarded as Alex (me) and Sam (partner). */
export function setUp(
  mode: ComputerMode = 'both',
  now = '2026-03-10T20:05:00-04:00',
  zone = 'America/New_York',
) {
  const env = tempCore(now, zone);
  const settings = env.onboard(mode);
  const me = settings.partners.find((p) => p.role === 'me')?.id;
  const partner = settings.partners.find((p) => p.role === 'partner')?.id;
  if (!me || !partner) throw new Error('partners missing');
  const at = (iso: string) => env.clock.set(Date.parse(iso));
  const create = (
    fields: Partial<{
      actorId: string;
      text: string;
      schedule: { kind: 'daily' } | { kind: 'weekdays'; days: number[] };
      startDate: string;
      reviewDate: string | null;
    }> = {},
  ) =>
    value<CommitmentView>(
      env.call('commitments:create', {
        actorId: me,
        text: 'I’ll text if I’m running more than 15 minutes late.',
        schedule: { kind: 'daily' },
        startDate: '2026-03-10',
        ...fields,
      }),
    );
  const list = () => value<CommitmentsView>(env.call('commitments:list'));
  const view = (id: string) => {
    const found = list().commitments.find((c) => c.id === id);
    if (!found) throw new Error('commitment missing');
    return found;
  };
  const mark = (
    commitmentId: string,
    localDate: string,
    v: 'kept' | 'not-kept' | 'not-applicable',
    actorId = me,
  ) => env.call('commitments:mark', { actorId, commitmentId, localDate, value: v });
  return { env, me, partner, at, create, list, view, mark };
}
