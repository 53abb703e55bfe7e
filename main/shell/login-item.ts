// Applies the "launch at login" setting with each platform's own mechanism.

import { homedir } from 'node:os';
import { app } from 'electron';
import { launchCommand, setXdgAutostart, xdgConfigHome } from '../core/autostart/xdg-autostart.ts';

export function applyLaunchAtLogin(enabled: boolean): void {
  const command = launchCommand({
    isPackaged: app.isPackaged,
    execPath: process.execPath,
    appPath: app.getAppPath(),
    appImage: process.env.APPIMAGE,
  });
  if (process.platform === 'linux') {
    setXdgAutostart(xdgConfigHome(process.env, homedir()), command, enabled);
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: command.slice(1) });
}

/** Started by the login item: stay in the tray instead of opening a window. */
export function startedHidden(argv: readonly string[]): boolean {
  return argv.includes('--hidden');
}
