// The key file (`nuzzle.keys` beside the database): the database key, wrapped once per way
// of unlocking it, and the count of wrong unlock attempts (so a restart doesn't reset the
// slow-down). Written under a temporary name, flushed, then renamed: a crash leaves the old
// file or the new one, never half of one.

import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { PasscodeWrap, RecoveryWrap } from './key-wrap.ts';

export const KEY_FILE = 'nuzzle.keys';

export interface KeyFile {
  format: 'nuzzle-keys';
  version: 1;
  /** The OS secret store's encryption of the key (Electron safeStorage), base64. */
  keyring?: { backend: string; blob: string };
  /** No real secret store and no passcode: the key as is (Settings says so plainly). */
  device?: { key: string };
  passcode?: PasscodeWrap;
  recovery?: RecoveryWrap;
  attempts: { failed: number; lastFailedAt: number | null };
}

export function readKeyFile(file: string): KeyFile | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeyFile> | null;
  if (parsed?.format !== 'nuzzle-keys' || parsed.version !== 1) {
    throw new Error('not a Nuzzle key file');
  }
  return { attempts: { failed: 0, lastFailedAt: null }, ...parsed } as KeyFile;
}

function syncWrite(file: string, text: string): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync on a directory makes a rename durable; Windows can't open directories, and needn't. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeKeyFile(file: string, content: KeyFile): void {
  const partial = `${file}.partial`;
  syncWrite(partial, `${JSON.stringify(content, null, 1)}\n`);
  renameSync(partial, file);
  syncDirectory(dirname(file));
}
