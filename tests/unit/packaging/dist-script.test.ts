// `npm run dist` compiles better-sqlite3-multiple-ciphers for Electron on this machine, so a package for
// another OS or CPU would carry a native module that can't load. scripts/dist.mjs refuses
// before building anything. Run in an empty folder: if the guard failed, there would be no
// project to build and the message below would be missing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './kit.ts';

const empty = mkdtempSync(join(tmpdir(), 'nuzzle-dist-'));

afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
});

function dist(...args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'dist.mjs'), ...args], {
    cwd: empty,
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr };
}

describe('npm run dist', () => {
  it('refuses to package for another OS, saying where to package instead', () => {
    const other = process.platform === 'win32' ? ['--linux', 'Linux'] : ['--win', 'Windows'];
    const r = dist(other[0] ?? '');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`asks for a ${other[1] ?? ''} package`);
    expect(r.stderr).toContain(`package on ${other[1] ?? ''}`);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('refuses another CPU architecture, including one named in a target', () => {
    const other = process.arch === 'arm64' ? 'x64' : 'arm64';
    for (const args of [[`--${other}`], ['AppImage:' + other]]) {
      const r = dist(...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stderr).toContain(`asks for the ${other} architecture`);
    }
    expect(readdirSync(empty)).toEqual([]);
  });
});
