// Launches the built main process (dist/main/index.cjs) under the fake Electron, as one OS:
// process.platform is that OS's, data lives in a fresh temp dir with a real SQLite file,
// and the app runs "packaged" so it loads better-sqlite3-multiple-ciphers' Node build from resources/native.

import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  app,
  electronModule,
  LAPTOP,
  MENU_BAR_TRAY,
  nativeTheme,
  powerMonitor,
  world,
} from './fake-electron.ts';
import { platformNotes, unknownNames } from './checked.ts';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..', '..', '..');
const mainBundle = join(root, 'dist', 'main', 'index.cjs');

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };

export type OsProfile = 'darwin' | 'win32' | 'linux';

export interface Launch {
  world: typeof world;
  app: typeof app;
  dir: string;
  unknownNames: string[];
  platformNotes: string[];
  /** Waits for start-up work queued on promises (whenReady, dialogs). */
  settle(): Promise<void>;
  /** Quits and restores the process. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  argv?: string[];
  /** Reuse a data dir from an earlier launch (a relaunch). */
  dir?: string;
  openedAtLogin?: boolean;
  env?: Record<string, string>;
  /** Linux's safeStorage backend at start ('basic_text': no real keyring). */
  keyringBackend?: string;
}

function resourcesDir(dir: string): string {
  const resources = join(dir, 'resources');
  mkdirSync(join(resources, 'native'), { recursive: true });
  const nodeBuild = join(
    dirname(require.resolve('better-sqlite3-multiple-ciphers/package.json')),
    'build',
    'Release',
  );
  cpSync(join(nodeBuild, 'better_sqlite3.node'), join(resources, 'native', 'better_sqlite3.node'));
  symlinkSync(join(root, 'build', 'icons'), join(resources, 'icons'));
  return resources;
}

function resetWorld(userData: string, options: LaunchOptions): void {
  Object.assign(world, {
    userData,
    anotherInstanceRunning: false,
    idleSeconds: 0,
    keyringBackend: options.keyringBackend ?? 'gnome_libsecret',
    openedAtLogin: options.openedAtLogin ?? false,
    trayBounds: MENU_BAR_TRAY,
    workArea: LAPTOP,
    windows: [],
    trays: [],
    poppedMenus: [],
    notifications: [],
    dialogs: [],
    dialogAnswer: 0,
    appMenu: null,
    protocolHandler: null,
    ipcHandler: null,
    trayDestroyed: false,
    quitRequested: false,
    exited: false,
    exitCode: null,
  });
  // A new process: nothing of an earlier launch still listens.
  app.removeAllListeners();
  powerMonitor.removeAllListeners();
  nativeTheme.removeAllListeners();
  unknownNames.length = 0;
  platformNotes.length = 0;
}

export async function launch(platform: OsProfile, options: LaunchOptions = {}): Promise<Launch> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `nuzzle-shell-${platform}-`));
  const resources = options.dir ? join(dir, 'resources') : resourcesDir(dir);
  resetWorld(join(dir, 'userData'), options);
  const saved = {
    platform: Object.getOwnPropertyDescriptor(process, 'platform'),
    argv: process.argv,
    env: { ...process.env },
    load: moduleWithLoad._load,
  };
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  Object.assign(process, { resourcesPath: resources });
  process.argv = ['/opt/Nuzzle/nuzzle', ...(options.argv ?? [])];
  Object.assign(process.env, { XDG_CONFIG_HOME: join(dir, 'config') }, options.env);
  moduleWithLoad._load = (request, parent, isMain) =>
    request === 'electron' ? electronModule : saved.load(request, parent, isMain);

  // A fresh copy of the bundle per launch, as a new process would load it.
  Reflect.deleteProperty(require.cache, mainBundle);
  require(mainBundle);
  app.becomeReady();
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };
  await settle();

  return {
    world,
    app,
    dir,
    unknownNames,
    platformNotes,
    settle,
    close: async () => {
      if (!world.exited) app.quit();
      await settle();
      moduleWithLoad._load = saved.load;
      if (saved.platform) Object.defineProperty(process, 'platform', saved.platform);
      process.argv = saved.argv;
      process.env = saved.env;
    },
  };
}

export function removeLaunchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
