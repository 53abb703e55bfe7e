// `npm start` builds the SQLite driver for the Electron that will run, in the folder that
// runtime's app looks in: both are keyed by the module ABI, so another Electron 45.x (an
// ELECTRON_OVERRIDE_DIST_PATH one) finds the build, and a new ABI gets its own.

import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../main/shell/decisions/native-binding.ts';
import { REPO } from './kit.ts';

/** What scripts/prepare-electron-native.mjs names the folder for a runtime. */
function preparedDir(abi: string): string {
  const script = `import(${JSON.stringify(join(REPO, 'scripts', 'prepare-electron-native.mjs'))}).then((m) => console.log(m.electronNativeDirName({ abi: ${JSON.stringify(abi)}, platform: 'linux', arch: 'x64' })))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const loadedDir = (moduleAbi: string) =>
  basename(
    dirname(
      nativeBindingPath({
        isPackaged: false,
        resourcesPath: '/unused',
        appRoot: '/src/nuzzle',
        moduleAbi,
        platform: 'linux',
        arch: 'x64',
      }),
    ),
  );

describe('the Electron build of the SQLite driver in development', () => {
  it('is built where the running app looks for it, by module ABI', () => {
    expect(preparedDir('150')).toBe(loadedDir('150'));
  });

  it('is one build for every Electron with that ABI, another for a new ABI', () => {
    // Electron 45.2 and 45.5 both report process.versions.modules === '150'.
    expect(loadedDir('150')).toBe('electron-abi150-linux-x64');
    expect(preparedDir('151')).not.toBe(preparedDir('150'));
  });
});
