// `npm start`: build, make sure the Electron runtime and the Electron build of better-sqlite3-multiple-ciphers
// are there, then launch. Where Electron can't be downloaded, says so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { electronBinary, MISSING_ELECTRON, runtimeVersions } from './electron-runtime.mjs';
import { electronNativeDirName, prepareElectronNative } from './prepare-electron-native.mjs';

const electron = electronBinary();
if (!electron) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'build'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (built.status !== 0) process.exit(built.status ?? 1);

// Build for the runtime that will run, keyed by its module ABI (what the app looks for).
const runtime = runtimeVersions(electron);
if (!runtime) {
  console.error(`Could not ask ${electron} for its version; is it a working Electron 45?`);
  process.exit(1);
}
try {
  prepareElectronNative({
    version: runtime.electron,
    dirName: electronNativeDirName({ abi: runtime.abi }),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

const child = spawn(electron, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
