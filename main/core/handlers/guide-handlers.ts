// Handlers for the guides channels (shared/contract-guides.ts): reading progress and apology
// drafts, per partner who uses this computer. Neither is a shared record: nothing here goes to
// the outbox, and nothing is ever sent.

import type { guideChannels } from '../../../shared/contract-guides.ts';
import type { Partner } from '../../../shared/domain.ts';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { createApologyStore } from '../guides/apology-store.ts';
import { guideProgressFor } from '../guides/progress-store.ts';
import type { Handlers } from '../ipc/dispatch.ts';

type GuideHandlers = Pick<Handlers, keyof typeof guideChannels>;

export function guideHandlers(ctx: CoreContext): GuideHandlers {
  const { clock, settings } = ctx;
  const progress = guideProgressFor(ctx.db);
  const drafts = createApologyStore(ctx.db);

  function requireOnboarded(): void {
    if (!settings.get().onboarded) {
      throw new AppError('not-ready', 'Finish setting up Nuzzle first — it only takes a minute.');
    }
  }

  function localPartners(): Partner[] {
    requireOnboarded();
    return settings.partners().filter((p) => p.onThisComputer);
  }

  /** Only partners who use this computer read and write here. */
  function localPartner(partnerId: string): Partner {
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
        `${partner.name || 'Your partner'} uses Nuzzle on their own computer.`,
      );
    }
    return partner;
  }

  const changed = () => ctx.emit('changed', { topics: ['guides'] });

  return {
    'guides:progress': () => ({
      partners: localPartners().map((p) => progress.reading(p.id)),
    }),
    'guides:position': (input) => {
      const partner = localPartner(input.partnerId);
      const reading = progress.setPosition(partner.id, input.slug, input.sectionId, clock.now());
      changed();
      return reading;
    },
    'guides:finished': (input) => {
      const partner = localPartner(input.partnerId);
      const reading = progress.setFinished(partner.id, input.slug, input.finished, clock.now());
      changed();
      return reading;
    },
    'apology:drafts': () => drafts.list(localPartners().map((p) => p.id)),
    'apology:save': (input) => {
      const partner = localPartner(input.partnerId);
      const fields = {
        happened: input.happened,
        wrong: input.wrong,
        harm: input.harm,
        different: input.different,
      };
      let saved;
      if (input.id === undefined) {
        saved = drafts.create(partner.id, fields, clock.now());
      } else {
        const existing = drafts.get(input.id);
        if (!existing) {
          throw new AppError(
            'not-found',
            'That draft was deleted, so it can’t be saved again. Copy what you need into a new one.',
          );
        }
        if (existing.authorId !== partner.id) {
          throw new AppError('bad-request', 'Each draft belongs to the person who started it.');
        }
        saved = drafts.update(input.id, fields, clock.now());
        if (!saved) throw new AppError('not-found', 'That draft was deleted.');
      }
      changed();
      return saved;
    },
    'apology:delete': (input) => {
      const authors = localPartners().map((p) => p.id);
      const existing = drafts.get(input.id);
      if (!existing || !authors.includes(existing.authorId)) {
        throw new AppError('not-found', 'That draft was already deleted.');
      }
      if (!drafts.remove(input.id, clock.now())) {
        throw new AppError('not-found', 'That draft was already deleted.');
      }
      changed();
      return { deleted: true };
    },
  };
}
