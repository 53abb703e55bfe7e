// Builds better-sqlite3-multiple-ciphers (SQLite with SQLCipher encryption) for Electron into
// .native/sqlcipher-electron-<version>-<platform>-<arch>/,
// leaving node_modules' Node build (used by the tests) untouched. Runs once per Electron
// version; needs a C++ toolchain and Electron's headers (downloaded by node-gyp).
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { electronVersion } from './electron-runtime.mjs';

const require = createRequire(import.meta.url);

export function electronNativeDir(version = electronVersion()) {
  return join('.native', `sqlcipher-electron-${version}-${process.platform}-${process.arch}`);
}

export function prepareElectronNative() {
  const version = electronVersion();
  const outDir = electronNativeDir(version);
  const target = join(outDir, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  const source = dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json'));
  const work = join('.native', 'work', 'better-sqlite3-multiple-ciphers');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dirname(work), { recursive: true });
  cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  console.log(`Building better-sqlite3-multiple-ciphers for Electron ${version} (once)…`);
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: work, stdio: 'inherit' },
  );
  if (result.status !== 0) {
    throw new Error(
      'Could not build better-sqlite3-multiple-ciphers for Electron (see the output above).',
    );
  }
  mkdirSync(outDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  rmSync(join('.native', 'work'), { recursive: true, force: true });
  return target;
}

// Run directly (not imported): works with Windows paths too.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(prepareElectronNative());
}
