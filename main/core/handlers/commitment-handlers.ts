// Handlers for the commitments channels (shared/contract-commitments.ts).

import type { commitmentChannels } from '../../../shared/contract-commitments.ts';
import type { CoreContext } from '../context.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type CommitmentHandlers = Pick<Handlers, keyof typeof commitmentChannels>;

export function commitmentHandlers(_ctx: CoreContext): CommitmentHandlers {
  return {};
}
