// Small, forgiving file operations on the shared folder. A sync tool may be copying,
// renaming or deleting files at any moment, so a read that fails is "not there (yet)".

import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Writes under a temp name, then renames, so a reader sees the old file or the new one. */
export function writeAtomically(dir: string, name: string, data: Buffer): void {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temp, data, { flush: true });
  renameSync(temp, join(dir, name));
}

/** Sub-folders, skipping hidden ones (sync tools' own). */
export function listDirs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

/** Plain files, skipping hidden ones (temp files mid-write). */
export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name);
  } catch {
    return [];
  }
}

export function sizeOf(path: string): number | null {
  try {
    return statSync(path).size;
  } catch {
    return null;
  }
}

export function readQuietly(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // Gone already, or the sync tool holds it: the next compaction tries again.
  }
}
