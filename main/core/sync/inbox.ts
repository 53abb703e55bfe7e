// The partner's changes, kept newest-per-record in `sync_inbox` and applied from there in
// clock order. A partner's own name and zone belong to them: their change beats the other
// computer's guess whatever the clocks say, and a guess never replaces what the owner wrote.

import type { Database } from 'better-sqlite3-multiple-ciphers';
import { createApplier, type WireChange } from './apply.ts';
import { compareStamp, observeHlc } from './hlc.ts';

interface InboxRow {
  change_id: string;
  hlc: string;
  author_id: string;
  wire: string;
}

/** Owner before guess, then the clock: the order two changes to one record are ranked in. */
function rank(entity: string, entityId: string, authorId: string | null): string {
  if (entity !== 'partner') return '1';
  return authorId === entityId ? '1' : '0';
}

export interface InboxHooks {
  meId(): string;
  /** The partner changed their own record (name, zone). */
  onPartnerRecord?(change: WireChange): void;
  /** The clock, for appliers that stamp when something arrived (the daily question's keys). */
  now?(): number;
}

export function createInbox(db: Database, hooks: InboxHooks) {
  const apply = createApplier(db, () => hooks.now?.() ?? 0);
  const current = db.prepare<[string, string], InboxRow>(
    'SELECT change_id, hlc, author_id, wire FROM sync_inbox WHERE entity = ? AND entity_id = ?',
  );
  const put = db.prepare(
    `INSERT INTO sync_inbox (entity, entity_id, change_id, hlc, author_id, wire, applied)
     VALUES (?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (entity, entity_id) DO UPDATE SET change_id = excluded.change_id,
       hlc = excluded.hlc, author_id = excluded.author_id, wire = excluded.wire, applied = 0`,
  );
  const pending = db.prepare<[], InboxRow>(
    `SELECT change_id, hlc, author_id, wire FROM sync_inbox
     WHERE applied = 0 OR entity = 'partner' ORDER BY hlc, change_id`,
  );
  // The two partner records, checked every poll: a guess typed here since must give way.
  const partnerRows = db.prepare<[], InboxRow>(
    `SELECT change_id, hlc, author_id, wire FROM sync_inbox WHERE entity = 'partner'`,
  );
  const markDone = db.prepare('UPDATE sync_inbox SET applied = 1 WHERE change_id = ?');
  const everything = db.prepare<[], InboxRow>('SELECT wire FROM sync_inbox ORDER BY hlc');
  const recordOf = db.prepare<[string, string], { hlc: string; change_id: string }>(
    'SELECT hlc, change_id FROM sync_records WHERE entity = ? AND entity_id = ?',
  );
  const setRecord = db.prepare(
    `INSERT INTO sync_records (entity, entity_id, hlc, change_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity, entity_id) DO UPDATE SET hlc = excluded.hlc,
       change_id = excluded.change_id`,
  );
  const authorOf = db.prepare<[string, string], { author_id: string }>(
    `SELECT author_id FROM changes WHERE id = ?
     UNION ALL SELECT author_id FROM sync_inbox WHERE change_id = ? LIMIT 1`,
  );
  const markApplied = db.prepare(
    'INSERT OR IGNORE INTO sync_applied (change_id, applied_at) VALUES (?, ?)',
  );
  const keepAsOwn = db.prepare(
    `INSERT OR IGNORE INTO changes (id, entity, entity_id, op, author_id, payload, created_at,
       hlc, shipped_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  /** Whether `c` ranks after the change (id, author, clock) it would replace. */
  function isLater(
    c: WireChange,
    other: { hlc: string; change_id: string; author: string | null },
  ) {
    const a = rank(c.entity, c.entityId, c.authorId);
    const b = rank(c.entity, c.entityId, other.author);
    if (a !== b) return a > b;
    return compareStamp(c.hlc, c.id, other.hlc, other.change_id) > 0;
  }

  /** Files each received change away, keeping only the newest per record. */
  function receive(changes: readonly WireChange[]): number {
    let stored = 0;
    for (const c of changes) {
      const old = current.get(c.entity, c.entityId);
      if (old && !isLater(c, { ...old, author: old.author_id })) continue;
      put.run(c.entity, c.entityId, c.id, c.hlc, c.authorId, JSON.stringify(c));
      stored += 1;
    }
    return stored;
  }

  function supersededHere(c: WireChange): boolean {
    const rec = recordOf.get(c.entity, c.entityId);
    if (!rec) return false;
    if (rec.change_id === c.id) return true;
    const author =
      c.entity === 'partner'
        ? (authorOf.get(rec.change_id, rec.change_id)?.author_id ?? null)
        : null;
    return !isLater(c, { ...rec, author });
  }

  /** Applies what is waiting, parents before children; returns how many took effect. */
  function applyPending(now: number, onlyPartners = false): number {
    let changed = 0;
    const rows = onlyPartners ? partnerRows.all() : pending.all();
    let queue = rows.map((r) => JSON.parse(r.wire) as WireChange);
    let progress = true;
    while (progress && queue.length > 0) {
      progress = false;
      const next: WireChange[] = [];
      for (const c of queue) {
        if (supersededHere(c)) {
          markDone.run(c.id);
          observeHlc(db, c.hlc, now);
          continue;
        }
        const outcome = apply(c);
        if (outcome === 'deferred') {
          next.push(c);
          continue;
        }
        if (outcome === 'applied') {
          setRecord.run(c.entity, c.entityId, c.hlc, c.id);
          changed += 1;
          if (c.authorId === hooks.meId()) {
            // This computer's own history, sent back after it replaced an old computer:
            // from now on it ships as ours.
            keepAsOwn.run(
              c.id,
              c.entity,
              c.entityId,
              c.op,
              c.authorId,
              JSON.stringify(c.payload),
              c.createdAt,
              c.hlc,
              now,
            );
          } else if (c.entity === 'partner' && c.authorId === c.entityId) {
            hooks.onPartnerRecord?.(c);
          }
        }
        markDone.run(c.id);
        markApplied.run(c.id, now);
        observeHlc(db, c.hlc, now);
        progress = true;
      }
      queue = next;
    }
    return changed;
  }

  /** The partner's newest changes, to send to a computer replacing their old one. */
  function all(): WireChange[] {
    return everything.all().map((r) => JSON.parse(r.wire) as WireChange);
  }

  return { receive, applyPending, all };
}

export type Inbox = ReturnType<typeof createInbox>;
