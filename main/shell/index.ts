// Nuzzle's Electron main process: wires the plain-Node core to Electron. Decisions live in
// ./decisions (pure, unit-tested) and in the core; this file only connects them.

import { join } from 'node:path';
import { app, dialog, Menu, nativeTheme, powerMonitor } from 'electron';
import { systemClock } from '../core/clock.ts';
import { createCore, keyStoreFor, type Core } from '../core/core.ts';
import type { LockStatus } from '../../shared/contract-lock.ts';
import type { KeyringProtector } from '../core/lock/key-store.ts';
import { startIsSealed } from '../core/lock/sealed-start.ts';
import { runTrayAction, type TrayAction } from '../core/tray/tray-actions.ts';
import { trayState } from '../core/tray/tray-state.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { appMenuTemplate } from './decisions/app-menu.ts';
import { nativeBindingPath } from './decisions/native-binding.ts';
import { watchDayRollover } from './day-rollover.ts';
import { filePicker, syncFolderPicker } from './file-dialogs.ts';
import { registerIpc } from './ipc-bridge.ts';
import { applyLaunchAtLogin, startedHidden } from './login-item.ts';
import { Notifier } from './notifier.ts';
import type { NotificationKind } from '../core/notification-text.ts';
import { idleLockDue } from '../core/lock/idle-lock.ts';
import { osKeyring } from './keyring.ts';
import { applySecurityPolicy } from './security.ts';
import { attachTextContextMenu } from './context-menu.ts';
import { explainClosedWindow, QUIT_ON_CLOSE_KEY, EXPLAINED_KEY } from './closed-window.ts';
import { startSealed } from './sealed-start.ts';
import { TrayController } from './tray.ts';
import { AppWindows } from './windows.ts';

const APP_ID = 'app.nuzzle.desktop';
// dist/main/index.cjs → the app root is two levels up.
const appRoot = join(__dirname, '..', '..');
const rendererRoot = join(appRoot, 'dist', 'renderer');
const iconDir = app.isPackaged
  ? join(process.resourcesPath, 'icons')
  : join(appRoot, 'build', 'icons');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.setAppUserModelId(APP_ID);
  void app.whenReady().then(start);
}

function start(): void {
  applySecurityPolicy();
  app.on('web-contents-created', (_event, contents) => attachTextContextMenu(contents));
  serveRenderer(rendererRoot);

  const keyring = osKeyring();
  let keys: ReturnType<typeof keyStoreFor>;
  try {
    keys = keyStoreFor({ dataDir: app.getPath('userData'), keyring });
  } catch (error) {
    cannotOpen(error); // a key file that isn't one
    return;
  }
  // No real secret store and a passcode set: nothing opens until it is typed.
  if (!startIsSealed(keys)) {
    openAndWire(keyring);
    return;
  }
  startSealed({
    keys,
    iconDir,
    windowEnv: windowEnv(),
    showWindow: !startedHidden(process.argv),
    open: (key, recovered) => openAndWire(keyring, { key, recovered }),
  });
}

/** A newer Nuzzle's data, or a disk that can't be read at all: say so and stop, rather
 *  than crash and be relaunched into the same state. */
function cannotOpen(error: unknown): void {
  dialog.showErrorBox(
    'Nuzzle can’t open your data',
    error instanceof Error ? error.message : String(error),
  );
  app.exit(1);
}

const LOCKED_STILL: LockStatus = {
  passcode: true,
  locked: true,
  idleMinutes: 0,
  keyring: { available: false, inUse: false },
  needsNewPasscode: false,
};

function openAndWire(
  keyring: KeyringProtector | null,
  unlocked?: { key: Buffer; recovered: boolean },
): LockStatus {
  // The notifier and the windows exist after the core; the core only needs to call them later.
  let notify: (kind: NotificationKind) => void = () => undefined;
  let core: Core;
  try {
    core = openCore((kind) => notify(kind), keyring, unlocked);
  } catch (error) {
    cannotOpen(error);
    return LOCKED_STILL;
  }
  wire(core, (fn) => (notify = fn), unlocked !== undefined);
  return core.lock.status();
}

function windowEnv() {
  return {
    platform: process.platform,
    preload: join(__dirname, 'preload.cjs'),
    icon: join(iconDir, 'icon-512.png'),
  };
}

function openCore(
  notify: (kind: NotificationKind) => void,
  keyring: KeyringProtector | null,
  unlocked?: { key: Buffer; recovered: boolean },
): Core {
  return createCore({
    files: filePicker(),
    syncFolders: syncFolderPicker(),
    // Cloud folders don't always signal changes: watch, and look every minute as well.
    sync: { pollMs: 60_000, watch: true },
    notify,
    dataDir: app.getPath('userData'),
    keyring,
    ...(unlocked ?? {}),
    clock: systemClock,
    version: app.getVersion(),
    nativeBinding: nativeBindingPath({
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appRoot,
      moduleAbi: process.versions.modules,
      platform: process.platform,
      arch: process.arch,
    }),
    onInternalError: (channel, error) => {
      // Channel and error type only: payloads hold private words and are never logged.
      console.error(
        `nuzzle: ${channel} failed: ${error instanceof Error ? error.name : typeof error}`,
      );
    },
  });
}

function wire(
  core: Core,
  setNotify: (fn: (kind: NotificationKind) => void) => void,
  /** Just unlocked at a sealed start: the user is at the window, so it opens. */
  justUnlocked = false,
): void {
  registerIpc(core);
  void core.data.dailyBackup();

  const { settings } = core.context;
  const now = () => core.context.clock.now();
  const quitOnClose = () => settings.readLocal<unknown>(QUIT_ON_CLOSE_KEY, false) === true;
  const setQuitOnClose = (checked: boolean) => {
    settings.writeLocal(QUIT_ON_CLOSE_KEY, checked, now());
    setAppMenu();
  };
  const setAppMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate(process.platform, { checked: quitOnClose(), toggle: setQuitOnClose }),
      ),
    );
  setAppMenu();
  let cleanedUp = false;
  const cleanUp = () => {
    if (cleanedUp) return;
    cleanedUp = true;
    windows.prepareToQuit();
    rollover.stop();
    clearInterval(idleTimer);
    core.reminders.stop();
    tray.destroy();
    core.close();
  };
  const windows = new AppWindows(
    windowEnv(),
    {
      load: () => settings.readLocal<unknown>('windowBounds', null),
      save: (bounds) => settings.writeLocal('windowBounds', bounds, core.context.clock.now()),
    },
    {
      quitOnClose,
      explained: () => settings.readLocal<unknown>(EXPLAINED_KEY, false) === true,
      explain: () => {
        settings.writeLocal(EXPLAINED_KEY, true, now());
        void explainClosedWindow().then((quit) => {
          if (quit) setQuitOnClose(true);
        });
      },
      quit: () => app.quit(),
      sessionEnd: cleanUp,
    },
  );
  windows.createQuickWindow();

  const onTrayAction = (action: TrayAction) => {
    if (action.kind === 'quit') {
      app.quit();
      return;
    }
    const next = runTrayAction(core, action);
    if (next.show === 'quick') windows.showQuick(next.route, tray.bounds());
    if (next.show === 'main') windows.showMain(next.route);
    if (next.show === 'error') windows.showMain('today');
  };
  const tray = new TrayController(iconDir, onTrayAction, () => windows.toggleQuick(tray.bounds()));
  const notifier = new Notifier((kind) => {
    if (kind === 'reminder' || kind === 'reminder-question') {
      windows.showQuick('quick', tray.bounds());
    } else windows.showMain('notes');
  });
  setNotify((kind) => notifier.show(kind));

  const refreshTray = () =>
    tray.update(trayState(core.context, core.reminders.status(), core.lock.status()));
  refreshTray();
  let launchAtLogin: boolean | null = null;
  const syncLaunchAtLogin = () => {
    const current = settings.get();
    if (current.onboarded && current.launchAtLogin !== launchAtLogin) {
      launchAtLogin = current.launchAtLogin;
      applyLaunchAtLogin(launchAtLogin);
    }
  };
  syncLaunchAtLogin();
  core.subscribe((_event, payload) => {
    refreshTray();
    if (!('topics' in payload)) return;
    if (payload.topics.includes('checkins') && !core.reminders.isDue()) {
      notifier.clear('reminder');
      notifier.clear('reminder-question');
    }
    if (payload.topics.includes('settings')) syncLaunchAtLogin();
  });

  // Sleep, wake and unlock: re-plan the reminder (with its grace period) and the day.
  const rollover = watchDayRollover(core);
  const onWake = () => {
    rollover.check();
    core.reminders.wake();
    void core.data.dailyBackup(); // the first wake of a new day backs up
  };
  // The passcode lock: sleep, screen lock and idle time lock the app (the core decides
  // whether there is a lock at all); while locked, windows show only the unlock screen.
  const lockNow = () => core.lock.lockNow();
  powerMonitor.on('suspend', lockNow);
  powerMonitor.on('lock-screen', lockNow);
  const idleTimer = setInterval(() => {
    const { passcode, idleMinutes, locked } = core.lock.status();
    if (!locked && idleLockDue(powerMonitor.getSystemIdleTime(), idleMinutes, passcode)) lockNow();
  }, 1000);
  powerMonitor.on('resume', onWake);
  powerMonitor.on('unlock-screen', onWake);
  nativeTheme.on('updated', refreshTray);

  if (!settings.get().onboarded) windows.showMain('onboarding');
  else if (justUnlocked || !startedHidden(process.argv)) windows.showMain('today');

  // A second launch always brings the window back (the only way back without a tray host).
  app.on('second-instance', () => windows.showMain());
  app.on('activate', () => windows.showMain());
  // Closing every window keeps Nuzzle in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => windows.prepareToQuit());
  app.on('will-quit', cleanUp);
}
