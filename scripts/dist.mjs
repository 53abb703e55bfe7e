// `npm run dist`: build, prepare the Electron build of better-sqlite3-multiple-ciphers, then package with
// electron-builder for this OS (docs/PACKAGING.md). Extra arguments go to electron-builder
// (e.g. --dir). The native module is built for this machine only, so packaging for another
// OS or CPU architecture is refused before anything is built.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareElectronNative } from './prepare-electron-native.mjs';

const require = createRequire(import.meta.url);

const PLATFORM_FLAGS = {
  darwin: ['--mac', '--macos', '-m', '-o'],
  win32: ['--win', '--windows', '-w'],
  linux: ['--linux', '-l'],
};
const ARCHES = ['x64', 'ia32', 'armv7l', 'arm64', 'universal'];
const OS_NAMES = { darwin: 'macOS', win32: 'Windows', linux: 'Linux' };
const osName = (platform) => OS_NAMES[platform] ?? platform;

/** Why these electron-builder arguments can't be honoured on this machine, or null. */
function hostMismatch(args, platform = process.platform, arch = process.arch) {
  for (const [target, flags] of Object.entries(PLATFORM_FLAGS)) {
    const flag = args.find((a) => flags.includes(a));
    if (flag && target !== platform) {
      return `${flag} asks for a ${osName(target)} package, but this machine runs ${osName(platform)}. better-sqlite3-multiple-ciphers's Electron build is compiled on the machine that packages, so package on ${osName(target)} (docs/PACKAGING.md).`;
    }
  }
  for (const a of args) {
    const wanted = a.startsWith('--') && ARCHES.includes(a.slice(2)) ? a.slice(2) : null;
    const suffix = /:([a-z0-9]+)$/.exec(a)?.[1];
    const other = wanted ?? (suffix && ARCHES.includes(suffix) ? suffix : null);
    if (other && other !== arch) {
      return `${a} asks for the ${other} architecture, but this machine is ${arch}. better-sqlite3-multiple-ciphers's Electron build is compiled for this machine's CPU only, so package on a machine of that architecture (docs/PACKAGING.md).`;
    }
  }
  return null;
}

function run(cmd, args, shell = false) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function main(args) {
  const mismatch = hostMismatch(args);
  if (mismatch) {
    console.error(mismatch);
    process.exit(1);
  }
  const onWindows = process.platform === 'win32';
  run(onWindows ? 'npm.cmd' : 'npm', ['run', 'build'], onWindows);
  try {
    const binding = prepareElectronNative();
    rmSync('.native/current', { recursive: true, force: true });
    mkdirSync('.native/current', { recursive: true });
    cpSync(binding, '.native/current/better_sqlite3.node');
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  // Nuzzle makes no network calls, and neither does packaging it: never publish unless asked.
  const publish = args.some((a) => a === '--publish' || a === '-p' || a.startsWith('--publish='))
    ? []
    : ['--publish', 'never'];
  run(process.execPath, [
    require.resolve('electron-builder/cli.js'),
    '--config',
    'electron-builder.yml',
    ...publish,
    ...args,
  ]);
}

main(process.argv.slice(2));
