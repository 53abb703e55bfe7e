import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncHandlers } from '../../../main/core/handlers/sync-handlers.ts';
import { syncTrayInfo, syncTrayLine } from '../../../main/core/sync/tray-info.ts';
import { syncChannels, type SyncStatus } from '../../../shared/contract-sync.ts';
import { couple } from './helpers.ts';

const base: SyncStatus = {
  state: 'paired',
  folder: '/x',
  code: null,
  phrase: 'oak sun reed wren',
  partnerName: 'Sam',
  partnerZone: null,
  lastHeardAt: 0,
  problem: null,
  notice: null,
  replacement: null,
};

describe('the tray line', () => {
  it('says when the partner’s computer was last heard from, in plain words', () => {
    expect(syncTrayLine({ ...base, state: 'off' }, 0)).toBeNull();
    expect(syncTrayLine(base, 30_000)).toBe('Last heard from Sam’s computer: just now');
    expect(syncTrayLine(base, 3 * 3_600_000)).toBe('Last heard from Sam’s computer: 3 h ago');
    expect(syncTrayLine(base, 3 * 86_400_000)).toBe('Last heard from Sam’s computer: 3 days ago');
    expect(syncTrayLine({ ...base, lastHeardAt: null }, 0)).toBe(
      'Not heard from Sam’s computer yet',
    );
    expect(syncTrayLine({ ...base, problem: 'Folder missing' }, 0)).toMatch(/open Settings/);
  });
});

describe('the tray, reading the database', () => {
  it('shows the last time the partner’s computer was heard from, and problems', async () => {
    const env = couple();
    try {
      expect(syncTrayInfo(env.a.core.context)).toBeNull();
      await env.pair();
      env.a.clock.advance(2 * 3_600_000);
      expect(syncTrayInfo(env.a.core.context)).toBe(
        'Last heard from your partner’s computer: 2 h ago',
      );
      rmSync(env.shared, { recursive: true, force: true });
      env.a.sync.pollNow();
      expect(syncTrayInfo(env.a.core.context)).toMatch(/needs a look/);
    } finally {
      env.close();
    }
  });
});

describe('the sync channels', () => {
  it('validate payloads with messages for people, and reach the service', () => {
    const env = couple();
    try {
      const handlers = syncHandlers(env.a.sync);
      const bad = syncChannels['sync:unpair'].request.safeParse({ removeFiles: 'yes' });
      expect(bad.success).toBe(false);
      expect(bad.error?.issues[0]?.message).toMatch(/remove this computer’s files/);
      expect(syncChannels['sync:join'].request.safeParse({ code: '' }).success).toBe(false);
      expect(handlers['sync:status'](undefined).state).toBe('off');
      const invited = handlers['sync:invite'](undefined);
      expect(invited.code).not.toBeNull();
      expect(handlers['sync:unpair']({ removeFiles: true }).state).toBe('off');
    } finally {
      env.close();
    }
  });

  it('refuses to connect when both partners share this computer', () => {
    const env = couple();
    try {
      env.a.ok('settings:save', { computerMode: 'both' });
      expect(() => env.a.sync.invite()).toThrow(/no other computer/);
    } finally {
      env.close();
    }
  });
});
