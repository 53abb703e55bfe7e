// Handlers for the notes channels (shared/contract-notes.ts): writing, reading, the recipient's
// marks, drafts, the weekly flow, the gentle nudge and this computer's note settings.

import type { noteChannels } from '../../../shared/contract-notes.ts';
import type { Partner } from '../../../shared/domain.ts';
import { addDays, instantAt, weekStartOf } from '../../../shared/local-day.ts';
import { weeklyFlow, type NotesView } from '../../../shared/notes.ts';
import { todayOf } from '../clock.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Handlers } from '../ipc/dispatch.ts';
import { noteStoreFor } from '../notes/note-store.ts';
import { dismissNudge, readNoteSettings, writeNoteSettings } from '../notes/note-settings.ts';
import { nudgesHere, otherPartner } from '../notes/nudge.ts';

type NoteHandlers = Pick<Handlers, keyof typeof noteChannels>;

/** Weeks in the "how appreciation flows" chart. */
export const FLOW_WEEKS = 12;
/** Notes shown per list until "show older" asks for more. */
export const DEFAULT_LIST_LIMIT = 50;

const nameOf = (p: Partner, fallback: string) => p.name.trim() || fallback;

export function noteHandlers(ctx: CoreContext): NoteHandlers {
  const { clock, settings } = ctx;
  const store = noteStoreFor(ctx.db);

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  /** Someone who uses this computer (only they can write, read or mark notes here). */
  function personHere(partnerId: string, doing: 'writes' | 'reads'): Partner {
    requireOnboarded();
    const partner = settings.partners().find((p) => p.id === partnerId);
    if (!partner)
      throw new AppError(
        'bad-request',
        'Nuzzle doesn’t know who that is. Choose who you are and try again.',
      );
    if (!partner.onThisComputer) {
      throw new AppError(
        'bad-request',
        `${nameOf(partner, 'Your partner')} ${doing} notes on their own computer.`,
      );
    }
    return partner;
  }

  function recipientOf(author: Partner): Partner {
    const recipient = otherPartner(settings.partners(), author);
    if (!recipient) throw new Error('partners missing');
    return recipient;
  }

  /** A live note addressed to `reader`; anything else reads as "not found" to them. */
  function noteFor(id: string, reader: Partner) {
    const note = store.received(id);
    if (!note || note.recipientId !== reader.id) {
      throw new AppError('not-found', 'That note isn’t here any more — it may have been deleted.');
    }
    return note;
  }

  const changed = () => ctx.emit('changed', { topics: ['notes'] });

  return {
    'notes:view': (input) => {
      requireOnboarded();
      const viewer = personHere(input?.readerId ?? settings.me().id, 'reads');
      const today = todayOf(clock);
      const filter = input?.show ?? 'all';
      const limit = input?.limit ?? DEFAULT_LIST_LIMIT;
      const counts = store.inboxCounts(viewer.id);
      const oldestWeek = addDays(weekStartOf(today), -7 * (FLOW_WEEKS - 1));
      const view: NotesView = {
        today,
        viewer,
        recipient: recipientOf(viewer),
        here: settings
          .partners()
          .filter((p) => p.onThisComputer)
          .map((partner) => ({ partner, unread: store.inboxCounts(partner.id).unread })),
        inbox: store.inbox(viewer.id, filter, limit, input?.inboxOffset ?? 0),
        inboxTotal: filter === 'favourites' ? counts.favourites : counts.total,
        unread: counts.unread,
        favourites: counts.favourites,
        sent: store.sent(viewer.id, limit, input?.sentOffset ?? 0),
        sentTotal: store.sentCount(viewer.id),
        flow: weeklyFlow(
          store.factsSince(viewer.id, instantAt(oldestWeek, '00:00', 'UTC')),
          viewer.id,
          today,
          FLOW_WEEKS,
        ),
      };
      return view;
    },

    'notes:send': (input) => {
      const author = personHere(input.authorId, 'writes');
      const recipient = recipientOf(author);
      const note = store.send(
        {
          authorId: author.id,
          recipientId: recipient.id,
          text: input.text,
          timeZone: clock.timeZone(),
        },
        clock.now(),
      );
      changed();
      // Generic words only: lock screens and shared screens show notifications.
      if (recipient.onThisComputer && readNoteSettings(ctx).notifyOnArrival) {
        ctx.notify('note-arrived');
      }
      return note;
    },

    'notes:delete': (input) => {
      const author = personHere(input.authorId, 'writes');
      const note = store.get(input.id);
      if (!note) {
        throw new AppError(
          'not-found',
          store.existed(input.id) ? 'That note was already deleted.' : 'That note isn’t here.',
        );
      }
      if (note.authorId !== author.id) {
        throw new AppError('bad-request', 'Only the person who wrote a note can delete it.');
      }
      store.remove(note.id, author.id, clock.now());
      changed();
      return { deleted: true };
    },

    'notes:mark-read': (input) => {
      const reader = personHere(input.readerId, 'reads');
      noteFor(input.id, reader);
      store.setState(input.id, reader.id, { read: input.read }, clock.now());
      changed();
      return noteFor(input.id, reader);
    },

    'notes:favourite': (input) => {
      const reader = personHere(input.readerId, 'reads');
      noteFor(input.id, reader);
      store.setState(input.id, reader.id, { favourite: input.favourite }, clock.now());
      changed();
      return noteFor(input.id, reader);
    },

    'notes:draft-get': (input) => {
      const author = personHere(input.authorId, 'writes');
      return store.draft(author.id);
    },

    // No 'changed' event: a draft is saved as the person types, and screens showing it
    // re-read it themselves when they regain focus.
    'notes:draft-save': (input) => {
      const author = personHere(input.authorId, 'writes');
      return store.saveDraft(author.id, input.text, clock.now());
    },

    'notes:nudges': () => nudgesHere(ctx, store),

    'notes:dismiss-nudge': (input) => {
      const author = personHere(input.authorId, 'writes');
      dismissNudge(ctx, author.id, todayOf(clock), clock.now());
      changed();
      return nudgesHere(ctx, store);
    },

    'notes:settings': () => readNoteSettings(ctx),

    'notes:settings-save': (input) => {
      const next = writeNoteSettings(ctx, input, clock.now());
      changed();
      return next;
    },
  };
}
