// Finds the Electron binary without triggering the electron package's download-on-require,
// so a machine without it gets one clear line instead of a stack trace.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

export const MISSING_ELECTRON =
  'Nuzzle needs the Electron runtime, which is not downloaded on this machine: run `npx install-electron` ' +
  '(needs access to github.com) or set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 folder, then try again.';

export function electronVersion() {
  return require('electron/package.json').version;
}

/** The Electron executable, downloading it once if possible; null when it can't be had. */
export function electronBinary() {
  const pkgDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(pkgDir, 'path.txt');
  const resolve = () => {
    if (!existsSync(pathFile)) return null;
    const relative = readFileSync(pathFile, 'utf8');
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist');
    const full = join(dist, relative);
    return existsSync(full) ? full : null;
  };
  const found = resolve();
  if (found) return found;
  // One quiet attempt at the electron package's own download.
  spawnSync(process.execPath, [join(pkgDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return resolve();
}

/**
 * The Electron version and module ABI of the runtime that will actually run (it can be an
 * ELECTRON_OVERRIDE_DIST_PATH one, not node_modules/electron's), asked of the binary itself.
 * Null if it can't answer.
 */
export function runtimeVersions(binary) {
  const asked = spawnSync(
    binary,
    [
      '-p',
      'JSON.stringify({ electron: process.versions.electron, abi: process.versions.modules })',
    ],
    { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 60_000 },
  );
  try {
    const found = JSON.parse(asked.stdout.trim().split('\n').pop() ?? '');
    return typeof found.electron === 'string' && typeof found.abi === 'string' ? found : null;
  } catch {
    return null;
  }
}
