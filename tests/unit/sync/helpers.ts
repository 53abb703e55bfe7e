// Two real cores (two data dirs) meeting through one shared temp folder, each with its own
// sync service on the same hand-moved clock schedule.

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrate } from '../../../main/core/db/migrations.ts';
import { migration006 } from '../../../main/core/db/migrations/006-sync.ts';
import { createSyncService, type SyncService } from '../../../main/core/sync/sync-service.ts';
import type { Channel, RequestOf } from '../../../shared/contract.ts';
import type { Settings } from '../../../shared/domain.ts';
import { tempCore } from '../core/temp-core.ts';

export type Side = ReturnType<typeof side>;

export function side(
  name: { me: string; partner: string },
  folder: () => string | null,
  now = '2026-03-10T20:05:00-04:00',
  zone = 'America/New_York',
) {
  const env = tempCore(now, zone);
  migrate(env.core.context.db, [migration006]);
  const sync: SyncService = createSyncService(env.core.context, {
    folders: { chooseFolder: folder },
    kdfLogN: 8,
  });
  const r = env.call('onboarding:complete', {
    myName: name.me,
    partnerName: name.partner,
    computerMode: 'just-me',
    reminderTime: '20:00',
    launchAtLogin: false,
  });
  if (!r.ok) throw new Error(r.error.message);
  const settings = r.value as Settings;
  const ids = () => {
    const [me, partner] = (env.call('settings:get') as { ok: true; value: Settings }).value
      .partners;
    if (!me || !partner) throw new Error('partners missing');
    return { me: me.id, partner: partner.id };
  };
  function ok<T>(channel: Channel, payload?: unknown): T {
    const result = env.call(channel, payload as RequestOf<Channel>);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  return { ...env, sync, settings, ids, ok };
}

export function couple(options: { folder?: string } = {}) {
  const shared = options.folder ?? mkdtempSync(join(tmpdir(), 'nuzzle-shared-'));
  const a = side({ me: 'Alex', partner: 'Sam' }, () => shared);
  const b = side({ me: 'Sam', partner: 'Alex' }, () => shared);
  return {
    shared,
    a,
    b,
    /** A invites, B enters the code, both see the same words and say so. */
    async pair() {
      const invited = a.sync.invite();
      if (!invited.code) throw new Error('no code');
      await a.sync.idle();
      b.sync.join(invited.code);
      await b.sync.idle();
      a.sync.pollNow();
      const phrases = { a: a.sync.status().phrase, b: b.sync.status().phrase };
      a.sync.confirm(true);
      const joined = b.sync.confirm(true);
      a.sync.pollNow();
      return { invited, joined, phrases };
    },
    /** Both sides ship and read until nothing more moves. */
    settle() {
      for (let i = 0; i < 3; i += 1) {
        a.sync.pollNow();
        b.sync.pollNow();
      }
    },
    close() {
      a.close();
      b.close();
      rmSync(shared, { recursive: true, force: true });
    },
  };
}

/** Every file under `dir` (relative paths), skipping sync engines' temp files. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => {
      const base = f.split(/[\\/]/).pop() ?? '';
      return !base.startsWith('.') && statSync(join(dir, f)).isFile();
    });
  } catch {
    return [];
  }
}

/**
 * A stand-in for Syncthing or Dropbox between two computers' copies of the shared folder:
 * copies files over when told, and can delay, half-copy or duplicate them on the way.
 */
export function courier(from: string, to: string) {
  /** Files this courier wrote at `to`: they came from elsewhere, and never travel back. */
  const brought = new Set<string>();
  let notFrom: ReadonlySet<string> = new Set();
  return {
    brought,
    /** The files the courier going the other way brought here (not this side's own). */
    skip(files: ReadonlySet<string>): void {
      notFrom = files;
    },
    /** Files written at `from` not (yet) identical at `to`. */
    pending(): string[] {
      return filesUnder(from).filter((f) => {
        if (notFrom.has(f)) return false;
        try {
          return !readFileSync(join(to, f)).equals(readFileSync(join(from, f)));
        } catch {
          return true;
        }
      });
    },
    copy(file: string, how: 'full' | 'partial' | 'conflict', cut = 0.5): void {
      const data = readFileSync(join(from, file));
      const target = join(to, file);
      brought.add(file);
      mkdirSync(dirname(target), { recursive: true });
      if (how === 'partial') {
        writeFileSync(target, data.subarray(0, Math.floor(data.length * cut)));
      } else if (how === 'conflict') {
        const base = target.replace(/\.nzs$/, '');
        const copy = `${base} (conflicted copy 2026-03-10).nzs`;
        brought.add(copy.slice(to.length + 1));
        writeFileSync(copy, data);
      } else {
        writeFileSync(target, data);
      }
    },
    deliverAll(): void {
      for (const f of this.pending()) this.copy(f, 'full');
    },
  };
}

/** Two partners whose computers each see their own copy of the folder, joined by couriers. */
export function apart() {
  const folderA = mkdtempSync(join(tmpdir(), 'nuzzle-shared-a-'));
  const folderB = mkdtempSync(join(tmpdir(), 'nuzzle-shared-b-'));
  const a = side({ me: 'Alex', partner: 'Sam' }, () => folderA);
  const b = side({ me: 'Sam', partner: 'Alex' }, () => folderB, '2026-03-10T20:12:00-04:00');
  const toB = courier(folderA, folderB);
  const toA = courier(folderB, folderA);
  toA.skip(toB.brought);
  toB.skip(toA.brought);
  return {
    folderA,
    folderB,
    a,
    b,
    toA,
    toB,
    async pair() {
      const code = a.sync.invite().code ?? '';
      await a.sync.idle();
      toB.deliverAll();
      b.sync.join(code);
      await b.sync.idle();
      toA.deliverAll();
      a.sync.pollNow();
      a.sync.confirm(true);
      b.sync.confirm(true);
      toB.deliverAll();
      toA.deliverAll();
      a.sync.pollNow();
      b.sync.pollNow();
    },
    settle() {
      for (let i = 0; i < 3; i += 1) {
        a.sync.pollNow();
        toB.deliverAll();
        b.sync.pollNow();
        toA.deliverAll();
      }
    },
    close() {
      a.close();
      b.close();
      rmSync(folderA, { recursive: true, force: true });
      rmSync(folderB, { recursive: true, force: true });
    },
  };
}

const SHARED_QUERIES = [
  'SELECT id, name FROM partners ORDER BY id',
  'SELECT * FROM checkins ORDER BY id',
  // Taken-back notes and cancelled pauses: what matters is that neither side still shows them
  // (one taken back before it ever arrived leaves no trace at all on the other computer).
  'SELECT id, author_id, start_date, end_date, reason FROM pauses WHERE deleted_at IS NULL ORDER BY id',
  'SELECT * FROM notes WHERE deleted_at IS NULL ORDER BY id',
  'SELECT * FROM note_states ORDER BY id',
  'SELECT * FROM commitments ORDER BY id',
  'SELECT * FROM commitment_versions ORDER BY id',
  `SELECT id, commitment_id, author_id, start_date, end_date, deleted_at IS NULL AS live
   FROM commitment_pauses ORDER BY id`,
  'SELECT * FROM commitment_marks ORDER BY id',
  'SELECT * FROM commitment_acks ORDER BY id',
];

/** Everything the two partners share, as one comparable value. */
export function sharedData(s: Side): unknown[] {
  return SHARED_QUERIES.map((q) => s.rows(q));
}
