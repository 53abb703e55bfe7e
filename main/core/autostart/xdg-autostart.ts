// Launch at login on Linux: an XDG autostart entry (~/.config/autostart/nuzzle.desktop).
// Electron's login-item API covers macOS and Windows only.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const AUTOSTART_FILE_NAME = 'app.nuzzle.desktop.desktop';

export function xdgConfigHome(env: Record<string, string | undefined>, home: string): string {
  const configured = env.XDG_CONFIG_HOME;
  // The spec says a relative value is invalid and must be ignored.
  return configured?.startsWith('/') ? configured : join(home, '.config');
}

export function autostartPath(configHome: string): string {
  return join(configHome, 'autostart', AUTOSTART_FILE_NAME);
}

/** Quotes one Exec argument as the Desktop Entry spec asks. */
export function quoteExecArg(arg: string): string {
  const escapedPercent = arg.replace(/%/g, '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(escapedPercent)) return escapedPercent;
  return `"${escapedPercent.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Nuzzle',
    'Comment=Your daily check-in, in the tray',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes or removes the entry; returns the file path. */
export function setXdgAutostart(
  configHome: string,
  command: readonly string[],
  enabled: boolean,
): string {
  const file = autostartPath(configHome);
  if (enabled) {
    mkdirSync(join(configHome, 'autostart'), { recursive: true });
    writeFileSync(file, autostartEntry(command), { mode: 0o644 });
  } else {
    rmSync(file, { force: true });
  }
  return file;
}

/** The command that starts this app: the AppImage, the packaged binary, or electron + app path. */
export function launchCommand(env: {
  isPackaged: boolean;
  execPath: string;
  appPath: string;
  appImage?: string | undefined;
}): string[] {
  if (env.appImage) return [env.appImage, '--hidden'];
  return env.isPackaged ? [env.execPath, '--hidden'] : [env.execPath, env.appPath, '--hidden'];
}
