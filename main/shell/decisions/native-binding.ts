// Where the Electron build of better-sqlite3-multiple-ciphers lives. Tests run in plain Node against the
// normal build in node_modules; `npm start` prepares an Electron build into .native/ and
// packaged apps carry it in resources/native/. better-sqlite3-multiple-ciphers's `nativeBinding` option
// picks the right one, so neither build overwrites the other. The development folder is
// keyed by the runtime's module ABI (process.versions.modules), as
// scripts/prepare-electron-native.mjs builds it: any Electron 45.x finds the one build.

import { join } from 'node:path';

export interface NativeBindingEnv {
  isPackaged: boolean;
  resourcesPath: string;
  appRoot: string;
  /** process.versions.modules of the running Electron. */
  moduleAbi: string;
  platform: NodeJS.Platform;
  arch: string;
}

export function electronBuildDir(
  appRoot: string,
  moduleAbi: string,
  platform: string,
  arch: string,
): string {
  return join(appRoot, '.native', `electron-abi${moduleAbi}-${platform}-${arch}`);
}

export function nativeBindingPath(env: NativeBindingEnv): string {
  if (env.isPackaged) return join(env.resourcesPath, 'native', 'better_sqlite3.node');
  return join(
    electronBuildDir(env.appRoot, env.moduleAbi, env.platform, env.arch),
    'better_sqlite3.node',
  );
}
