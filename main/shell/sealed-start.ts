// A sealed start in the shell: with no real OS secret store and a passcode set, the data
// can't be opened until the passcode (or recovery key) is typed. Until then there is only an
// unlock window and a tray that says how to unlock; the core opens once the key arrives, and
// these stand-ins give way to the app's own windows and tray.

import { app, ipcMain } from 'electron';
import type { LockStatus } from '../../shared/contract-lock.ts';
import { systemClock } from '../core/clock.ts';
import type { KeyStore } from '../core/lock/key-store.ts';
import { sealedDispatcher } from '../core/lock/sealed-start.ts';
import { sealedTrayState } from '../core/tray/tray-state.ts';
import { handleInvoke } from './ipc-bridge.ts';
import { INVOKE_CHANNEL } from './ipc-channels.ts';
import { TrayController } from './tray.ts';
import { AppWindows } from './windows.ts';

export interface SealedStartShell {
  keys: KeyStore;
  iconDir: string;
  windowEnv: ConstructorParameters<typeof AppWindows>[0];
  showWindow: boolean;
  /** Opens the core with the key and wires the app; returns the new lock status. */
  open: (key: Buffer, usedRecoveryKey: boolean) => LockStatus;
}

export function startSealed(shell: SealedStartShell): void {
  const windows = new AppWindows(
    shell.windowEnv,
    // Window size and place live in the database, which can't be read yet.
    { load: () => null, save: () => undefined },
    {
      quitOnClose: () => false,
      explained: () => true,
      explain: () => undefined,
      quit: () => app.quit(),
      sessionEnd: () => undefined,
    },
  );
  const showUnlock = () => windows.showMain('today');
  const tray = new TrayController(
    shell.iconDir,
    (action) => (action.kind === 'quit' ? app.quit() : showUnlock()),
    showUnlock,
  );
  tray.update(sealedTrayState());
  app.on('second-instance', showUnlock);
  app.on('activate', showUnlock);
  // Quit must close the unlock window for good (it otherwise hides, and would stop the quit).
  const quitting = () => windows.prepareToQuit();
  app.on('before-quit', quitting);
  const quit = () => tray.destroy();
  app.on('will-quit', quit);
  // Closing the unlock window keeps Nuzzle in the tray, as it does once unlocked.
  app.on('window-all-closed', () => undefined);

  handleInvoke(
    sealedDispatcher({
      keys: shell.keys,
      clock: systemClock,
      onKey: (key, usedRecoveryKey) => {
        // Hand over: the core's handler, windows and tray replace these.
        ipcMain.removeHandler(INVOKE_CHANNEL);
        app.removeListener('second-instance', showUnlock);
        app.removeListener('activate', showUnlock);
        app.removeListener('before-quit', quitting);
        app.removeListener('will-quit', quit);
        const status = shell.open(key, usedRecoveryKey);
        windows.closeAll();
        tray.destroy();
        return status;
      },
    }),
  );
  if (shell.showWindow) showUnlock();
}
