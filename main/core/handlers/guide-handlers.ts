// Handlers for the guides channels (shared/contract-guides.ts).

import type { guideChannels } from '../../../shared/contract-guides.ts';
import type { CoreContext } from '../context.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type GuideHandlers = Pick<Handlers, keyof typeof guideChannels>;

export function guideHandlers(_ctx: CoreContext): GuideHandlers {
  return {};
}
