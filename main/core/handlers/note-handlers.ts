// Handlers for the notes channels (shared/contract-notes.ts).

import type { noteChannels } from '../../../shared/contract-notes.ts';
import type { CoreContext } from '../context.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type NoteHandlers = Pick<Handlers, keyof typeof noteChannels>;

export function noteHandlers(_ctx: CoreContext): NoteHandlers {
  return {};
}
