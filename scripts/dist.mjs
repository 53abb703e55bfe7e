// `npm run dist`: build, prepare the Electron build of better-sqlite3, then package with
// electron-builder for this OS. Extra arguments go to electron-builder (e.g. --dir).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { prepareElectronNative } from './prepare-electron-native.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(npm, ['run', 'build']);
try {
  const binding = prepareElectronNative();
  mkdirSync('.native/current', { recursive: true });
  cpSync(binding, '.native/current/better_sqlite3.node');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
run(npm, [
  'exec',
  '--',
  'electron-builder',
  '--config',
  'electron-builder.yml',
  ...process.argv.slice(2),
]);
