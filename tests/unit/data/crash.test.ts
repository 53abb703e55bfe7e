// The crash test: a child process saves check-ins one by one, reporting each acknowledged
// id, and is killed with SIGKILL at random moments, 50 times in a row. Afterwards every
// acknowledged check-in is present and integrity_check is ok.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openRaw } from '../core/raw-db.ts';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir } from '../core/temp-core.ts';

const KILLS = 50;
const work = tempDir();
const childScript = join(work.dir, 'crash-child.cjs');

beforeAll(async () => {
  // Bundled once, so each of the 50 starts is a plain `node` start.
  await build({
    entryPoints: [join(import.meta.dirname, 'crash-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3-multiple-ciphers'],
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
});
afterAll(() => work.cleanup());

/** Runs the child until a random moment, then SIGKILLs it; resolves with the acknowledged ids. */
function runAndKill(dataDir: string, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`child ended on its own: ${err.slice(0, 500)}`));
        return;
      }
      // Only whole lines were acknowledged; a partial last line was not.
      const lines = out.split('\n');
      lines.pop();
      resolve(lines.filter((l) => l !== 'ready'));
    });
  });
}

describe('crash safety', () => {
  test(`every acknowledged check-in survives ${String(KILLS)} SIGKILLs at random moments`, async () => {
    const { dir, cleanup } = tempDir();
    const acknowledged: string[] = [];
    try {
      for (let i = 0; i < KILLS; i += 1) {
        // Some kills land during start-up and migration, most mid-write.
        const ids = await runAndKill(dir, 60 + Math.floor(Math.random() * 540));
        acknowledged.push(...ids);
      }
      const db = openRaw(dir);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const stored = new Set(db.prepare('SELECT id FROM checkins').pluck().all() as string[]);
        const missing = acknowledged.filter((id) => !stored.has(id));
        expect(missing).toEqual([]);
        expect(acknowledged.length).toBeGreaterThan(KILLS); // the test really wrote under fire
        console.info(
          `crash test: ${String(KILLS)} kills survived, ${String(acknowledged.length)} acknowledged check-ins all present`,
        );
      } finally {
        db.close();
      }
    } finally {
      cleanup();
    }
  }, 180_000);
});
