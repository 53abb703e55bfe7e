// Launch at login, per system. `args` in setLoginItemSettings reaches only Windows. On
// macOS (Electron 45, SMAppService) there is no openAsHidden any more: the app learns it was
// opened at login from getLoginItemSettings().wasOpenedAtLogin and opens no window itself.
// Linux starts the XDG autostart entry, whose command carries --hidden.

export const HIDDEN_FLAG = '--hidden';

export function loginItemSettings(
  platform: NodeJS.Platform,
  enabled: boolean,
  args: readonly string[],
): { openAtLogin: boolean; args?: string[] } {
  if (platform === 'darwin') return { openAtLogin: enabled };
  return { openAtLogin: enabled, args: [...args] };
}

export function startedAtLogin(input: {
  platform: NodeJS.Platform;
  argv: readonly string[];
  /** macOS: app.getLoginItemSettings().wasOpenedAtLogin. */
  openedAtLogin: boolean;
}): boolean {
  if (input.argv.includes(HIDDEN_FLAG)) return true;
  return input.platform === 'darwin' && input.openedAtLogin;
}
