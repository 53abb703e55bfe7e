// Builds the SQLite driver (sqlite-driver.mjs) for Electron into .native/<dir>/, leaving
// node_modules' Node build (used by the tests) untouched. `npm start` keys the folder by
// the runtime's module ABI (every Electron 45.x shares one), so a different 45.x than
// node_modules/electron's reuses or rebuilds it instead of failing to find the addon; a
// marker beside the addon names the driver and version it came from, so an upgraded
// driver is rebuilt too. Needs a C++ toolchain and Electron's headers (node-gyp).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { electronVersion } from './electron-runtime.mjs';
import { SQLITE_ADDON, SQLITE_DRIVER } from './sqlite-driver.mjs';

const require = createRequire(import.meta.url);

/** The folder the running app looks in (main/shell/decisions/native-binding.ts agrees). */
export function electronNativeDirName({ abi, platform = process.platform, arch = process.arch }) {
  return `electron-abi${abi}-${platform}-${arch}`;
}

function driverInfo() {
  const pkgFile = require.resolve(`${SQLITE_DRIVER}/package.json`);
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  return { driver: SQLITE_DRIVER, version, source: dirname(pkgFile) };
}

function upToDate(outDir, wanted) {
  const marker = join(outDir, 'built-from.json');
  if (!existsSync(join(outDir, SQLITE_ADDON)) || !existsSync(marker)) return false;
  try {
    const built = JSON.parse(readFileSync(marker, 'utf8'));
    return built.driver === wanted.driver && built.version === wanted.version;
  } catch {
    return false;
  }
}

/**
 * The addon for one Electron runtime: `version` to build against, `dirName` where it goes
 * (by ABI for `npm start`; dist passes its own). Returns the addon's path.
 */
export function prepareElectronNative({ version = electronVersion(), dirName } = {}) {
  const outDir = join(
    '.native',
    dirName ?? `electron-${version}-${process.platform}-${process.arch}`,
  );
  const target = join(outDir, SQLITE_ADDON);
  const driver = driverInfo();
  if (upToDate(outDir, driver)) return target;
  const work = join('.native', 'work', SQLITE_DRIVER);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dirname(work), { recursive: true });
  cpSync(driver.source, work, {
    recursive: true,
    filter: (p) => !p.includes(`${join(driver.source, 'build')}`),
  });
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  console.log(`Building ${SQLITE_DRIVER} ${driver.version} for Electron ${version} (once)…`);
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
    throw new Error(`Could not build ${SQLITE_DRIVER} for Electron (see the output above).`);
  }
  mkdirSync(outDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', SQLITE_ADDON), target);
  writeFileSync(
    join(outDir, 'built-from.json'),
    `${JSON.stringify({ driver: driver.driver, version: driver.version, electron: version })}\n`,
  );
  rmSync(join('.native', 'work'), { recursive: true, force: true });
  return target;
}

// Run directly (not imported): works with Windows paths too.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  console.log(prepareElectronNative());
}
