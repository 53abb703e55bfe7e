// The settings and partners a save reads are kept in memory: these check that what is kept is
// never older than the database, whoever wrote to it, and that a rolled-back write is never
// remembered.

import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listBackups } from '../../../main/core/backup/backup-files.ts';
import type { Settings } from '../../../shared/domain.ts';
import { tempCore } from './temp-core.ts';

let env: ReturnType<typeof tempCore>;
afterEach(() => env.close());

const settingsNow = (): Settings => {
  const r = env.call('settings:get');
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Settings;
};

describe('the in-memory settings', () => {
  test('follow every settings write, through the store and around it', () => {
    env = tempCore();
    env.onboard('both');
    expect(settingsNow().partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    env.call('settings:save', { myName: 'Alexandra', computerMode: 'just-me' });
    expect(settingsNow().partners[0]?.name).toBe('Alexandra');
    expect(settingsNow().computerMode).toBe('just-me');
    // Partner sync and a rejoin write these tables with their own statements.
    const db = env.core.context.db;
    db.prepare("UPDATE partners SET name = 'Samira' WHERE role = 'partner'").run();
    expect(settingsNow().partners[1]?.name).toBe('Samira');
    db.prepare("UPDATE settings SET value = 'false' WHERE key = 'launchAtLogin'").run();
    db.prepare("UPDATE settings SET value = 'true' WHERE key = 'launchAtLogin'").run();
    expect(settingsNow().launchAtLogin).toBe(true);
  });

  test('never keep a write that was rolled back', () => {
    env = tempCore();
    env.onboard('both');
    const { db, settings } = env.core.context;
    expect(() =>
      db.transaction(() => {
        settings.renamePartner('me', 'Never saved', env.clock.now());
        expect(settings.partners()[0]?.name).toBe('Never saved');
        throw new Error('the save failed');
      })(),
    ).toThrow('the save failed');
    expect(settingsNow().partners[0]?.name).toBe('Alex');
  });

  test('hand each reader its own copy of a feature setting', () => {
    env = tempCore();
    env.onboard('both');
    const { settings } = env.core.context;
    settings.writeLocal('feature.state', { seen: 1 }, env.clock.now());
    const first = settings.readLocal<{ seen: number }>('feature.state', { seen: 0 });
    first.seen = 99;
    expect(settings.readLocal('feature.state', { seen: 0 })).toEqual({ seen: 1 });
  });

  test('follow delete-all, import and restore, which replace every row', async () => {
    env = tempCore();
    env.onboard('both');
    expect(env.call('data:delete-all', { confirmation: 'delete my data' })).toMatchObject({
      ok: true,
    });
    expect(settingsNow().onboarded).toBe(false);

    env.onboard('both');
    env.picks.exportPath = join(env.dir, 'export.json');
    expect(env.call('data:export', { mode: 'plain' })).toMatchObject({ ok: true });
    expect(await env.core.data.dailyBackup()).toBe(true);
    env.call('settings:save', { myName: 'Changed', partnerName: 'Later' });
    expect(settingsNow().partners[0]?.name).toBe('Changed');

    const [backup] = listBackups(join(env.dir, 'backups'));
    expect(env.call('data:restore', { name: backup?.name ?? '' })).toMatchObject({ ok: true });
    expect(settingsNow().partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);

    env.call('data:delete-all', { confirmation: 'delete my data' });
    expect(settingsNow().onboarded).toBe(false);
    env.picks.importPath = env.picks.exportPath;
    expect(env.call('data:import')).toMatchObject({ ok: true });
    expect(settingsNow().partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
  });
});
