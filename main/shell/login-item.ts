// Applies the "launch at login" setting with each platform's own mechanism, and tells
// whether this start came from it (then Nuzzle stays in the tray).

import { homedir } from 'node:os';
import { app } from 'electron';
import { launchCommand, setXdgAutostart, xdgConfigHome } from '../core/autostart/xdg-autostart.ts';
import { loginItemSettings, startedAtLogin } from './decisions/login-start.ts';

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
  app.setLoginItemSettings(loginItemSettings(process.platform, enabled, command.slice(1)));
}

/** Started by the login item: stay in the tray instead of opening a window. */
export function startedHidden(argv: readonly string[]): boolean {
  const openedAtLogin =
    process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
  return startedAtLogin({ platform: process.platform, argv, openedAtLogin });
}
