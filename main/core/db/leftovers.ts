// What a killed backup or restore leaves behind: a `.partial` backup in the backups folder,
// a `.restore-scratch` copy beside the database, a write-check file, an `.encrypting` copy
// of a killed upgrade to encryption (encrypt-upgrade.ts). None of them is ever the only copy
// of anything, so each start removes them.

import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const LEFTOVER_IN_DATA_DIR =
  /^(\.restore-scratch\.sqlite3(-wal|-shm|-journal)?|\.nuzzle-write-check-\d+|nuzzle\.sqlite3\.encrypting(-wal|-shm|-journal)?)$/;
const LEFTOVER_IN_BACKUPS =
  /^(\.nuzzle-.*\.partial|nuzzle-[\w-]+\.sqlite3\.encrypting)(-wal|-shm|-journal)?$/;

function removeMatching(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!pattern.test(name)) continue;
    try {
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    } catch {
      // A read-only disk: they stay until it can be written again.
    }
  }
  return removed;
}

export function removeLeftovers(dataDir: string, backupDir: string): string[] {
  return [
    ...removeMatching(dataDir, LEFTOVER_IN_DATA_DIR),
    ...removeMatching(backupDir, LEFTOVER_IN_BACKUPS),
  ];
}
