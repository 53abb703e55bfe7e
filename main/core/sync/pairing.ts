// Pairing: a one-time invitation answered by exactly one other computer, confirmed on both
// screens by the same four words. Also the replacement of the partner's old computer (the
// same handshake into a fresh folder; the old computer is then told it was retired).

import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { CoreContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  confirmationPhrase,
  deriveMasterKeyAsync,
  newExchangeKeys,
  newKdfParams,
  newPairingCode,
  pairKey,
  subKeys,
  type KdfParams,
} from './crypto.ts';
import { listDirs, removeQuietly } from './files.ts';
import {
  hasLegacyInvite,
  JOIN_DIR,
  openInvite,
  readInviteParams,
  readJoinRequests,
  writeInvite,
  writeJoinRequest,
  type OpenInvite,
  type UsedInvite,
} from './invitation.ts';
import { emptyLink, newState, type Link, type SyncState } from './state.ts';

export interface PairingDeps {
  ctx: CoreContext;
  logN: number;
  deviceId(): string;
  ids(): { meId: string; partnerId: string; meName: string; partnerName: string };
  state(): SyncState | null;
  save(s: SyncState | null): void;
  /** Runs async work (key stretching) and remembers it, so callers can wait for it. */
  track(work: Promise<void>): void;
  setProblem(text: string | null): void;
  changed(): void;
}

const when = (ctx: CoreContext, at: number) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: ctx.clock.timeZone(),
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);

export const USED_CODE =
  'This code has already been used: Nuzzle connects just two computers, and both are connected. If this computer replaces an old one, ask your partner to choose “Replace …’s computer” in Nuzzle’s Settings on theirs, then enter the new code here.';

export function createPairing(d: PairingDeps) {
  const { ctx } = d;

  /** A fresh invitation in a new folder inside `folder`; the link starts out waiting. */
  function openInvitation(folder: string, replacing: boolean): Link {
    const link = emptyLink(randomBytes(8).toString('hex'));
    const code = newPairingCode();
    const params = newKdfParams(d.logN);
    const exchange = newExchangeKeys();
    Object.assign(link, {
      code,
      salt: params.salt,
      logN: params.logN,
      inviteId: randomBytes(8).toString('hex'),
      secret: exchange.privateKey,
    });
    const { meId, partnerId, meName, partnerName } = d.ids();
    const invite: OpenInvite = {
      kind: 'invite',
      inviteId: link.inviteId ?? '',
      deviceId: d.deviceId(),
      publicKey: exchange.publicKey,
      inviterId: meId,
      inviterName: meName,
      joinerId: partnerId,
      joinerName: partnerName,
      replacing,
      app: ctx.version,
    };
    d.track(
      deriveMasterKeyAsync(code, params).then((codeKey) => {
        if (!ctx.db.open) return;
        const s = d.state();
        const target = s?.link.inviteId === link.inviteId ? s.link : s?.next;
        if (!s || target?.inviteId !== link.inviteId) return; // cancelled meanwhile
        writeInvite(join(folder, link.pair), params, codeKey, invite);
        target.codeKey = codeKey.toString('base64');
        d.save(s);
      }),
    );
    return link;
  }

  function invite(folder: string): void {
    d.save(newState(folder, 'inviter', openInvitation(folder, false)));
  }

  function replace(s: SyncState): void {
    if (s.stage !== 'paired') {
      throw new AppError('bad-request', 'Connect with your partner’s computer first.');
    }
    s.next = openInvitation(s.folder, true);
    d.save(s);
  }

  function join_(folder: string, code: string): void {
    const pairs = listDirs(folder)
      .map((pair) => ({ pair, params: readInviteParams(join(folder, pair)) }))
      .filter((p): p is { pair: string; params: KdfParams & { box: string } } => !!p.params);
    if (pairs.length === 0) {
      if (listDirs(folder).some((pair) => hasLegacyInvite(join(folder, pair)))) {
        throw new AppError(
          'bad-request',
          'This invitation was made by an older Nuzzle. Update Nuzzle on your partner’s computer, then connect again.',
        );
      }
      throw new AppError(
        'not-found',
        'There’s no invitation in this folder yet. Check it’s the same shared folder — your sync app may still be copying it.',
      );
    }
    const s = newState(folder, 'joiner', emptyLink(''));
    d.save(s);
    d.track(findAndAnswer(folder, code, pairs));
  }

  async function findAndAnswer(
    folder: string,
    code: string,
    pairs: { pair: string; params: KdfParams & { box: string } }[],
  ): Promise<void> {
    let found: { pair: string; codeKey: Buffer; invite: OpenInvite | UsedInvite } | null = null;
    for (const { pair, params } of pairs) {
      const codeKey = await deriveMasterKeyAsync(code, params);
      const opened = openInvite(params.box, codeKey);
      if (opened) {
        found = { pair, codeKey, invite: opened };
        break;
      }
    }
    if (!ctx.db.open) return;
    const s = d.state();
    if (!s || s.stage !== 'joining') return; // cancelled while the code was stretched
    if (!found) {
      d.save(null);
      d.setProblem(
        'That code doesn’t match the invitation in this folder. Check the code and try again.',
      );
      return d.changed();
    }
    const pairDir = join(folder, found.pair);
    const exchange = newExchangeKeys();
    const joinFile = writeJoinRequest(pairDir, found.codeKey, {
      kind: 'join',
      deviceId: d.deviceId(),
      publicKey: exchange.publicKey,
      sentAt: ctx.clock.now(),
    });
    if (found.invite.kind === 'used') {
      // Knocking anyway tells both partners that another computer tried.
      d.save(null);
      d.setProblem(USED_CODE);
      return d.changed();
    }
    const key = pairKey(exchange.privateKey, found.invite.publicKey, found.codeKey);
    if (!key) {
      d.save(null);
      d.setProblem('That invitation couldn’t be read. Ask your partner to start again.');
      return d.changed();
    }
    s.link = {
      ...emptyLink(found.pair),
      codeKey: found.codeKey.toString('base64'),
      key: key.toString('base64'),
      partnerDevice: found.invite.deviceId,
      phrase: confirmationPhrase(subKeys(key), [d.deviceId(), found.invite.deviceId]),
      invite: found.invite,
      joinFile,
    };
    s.seenJoins = [joinFile];
    s.stage = 'confirm';
    d.save(s);
    d.setProblem(null);
    d.changed();
  }

  function tried(at: number): string {
    return `Another computer tried to connect using your pairing code (${when(ctx, at)}). Nuzzle turned it away, and it can’t read anything of yours.`;
  }

  /**
   * Looks at join requests: the inviting computer answers the first one; any other is another
   * computer trying, which both partners are told about. Returns whether anything changed.
   */
  function watch(s: SyncState): boolean {
    let news = false;
    for (const link of [s.link, s.next]) {
      if (!link?.codeKey) continue;
      const pairDir = join(s.folder, link.pair);
      const codeKey = Buffer.from(link.codeKey, 'base64');
      const requests = [...readJoinRequests(pairDir, codeKey).entries()]
        .filter(([name]) => !s.seenJoins.includes(name))
        .sort((a, b) => a[1].sentAt - b[1].sentAt || (a[0] < b[0] ? -1 : 1));
      for (const [name, request] of requests) {
        s.seenJoins.push(name);
        news = true;
        if (link.secret && !link.partnerDevice && request.deviceId !== d.deviceId()) {
          const key = pairKey(link.secret, request.publicKey, codeKey);
          if (!key) continue;
          link.key = key.toString('base64');
          link.partnerDevice = request.deviceId;
          link.phrase = confirmationPhrase(subKeys(key), [d.deviceId(), request.deviceId]);
          if (link === s.link) s.stage = 'confirm';
          continue;
        }
        s.notice = tried(Math.min(request.sentAt, ctx.clock.now()));
      }
    }
    if (s.role === 'joiner' && s.lastHeardAt === null && s.link.codeKey) {
      news = checkStillInvited(s) || news;
    }
    return news;
  }

  /** A joiner learns that the inviting computer chose another computer, or cancelled. */
  function checkStillInvited(s: SyncState): boolean {
    const params = readInviteParams(join(s.folder, s.link.pair));
    if (!params || !s.link.codeKey) return false;
    const opened = openInvite(params.box, Buffer.from(s.link.codeKey, 'base64'));
    if (opened?.kind !== 'used' || opened.acceptedDevice === d.deviceId()) return false;
    if (s.link.joinFile) removeQuietly(join(s.folder, s.link.pair, JOIN_DIR, s.link.joinFile));
    s.stage = 'ended';
    s.notice =
      'Your partner’s computer didn’t accept this one (the words didn’t match, or another computer answered first). Nothing was shared. Disconnect here, then start again with a new code.';
    return true;
  }

  /** Consumes the invitation: from now on the code admits no one. */
  function consume(s: SyncState, link: Link, accepted: string): void {
    if (!link.codeKey || !link.salt || link.logN === null) return;
    const params: KdfParams = { v: 1, salt: link.salt, logN: link.logN };
    writeInvite(join(s.folder, link.pair), params, Buffer.from(link.codeKey, 'base64'), {
      kind: 'used',
      inviteId: link.inviteId ?? '',
      acceptedDevice: accepted,
    });
    link.code = null;
    link.secret = null;
  }

  return { invite, replace, join: join_, watch, consume };
}

export type Pairing = ReturnType<typeof createPairing>;
