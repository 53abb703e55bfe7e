// Whether Electron's safeStorage is a real OS secret store. On Linux the `basic_text`
// backend (no keyring found) only obfuscates with a fixed password, so it is not one: the
// key is then kept as is, and Settings says so and offers the passcode instead.

export function isRealKeyring(platform: string, available: boolean, linuxBackend: string): boolean {
  if (!available) return false;
  if (platform !== 'linux') return true;
  return !['basic_text', 'unknown', ''].includes(linuxBackend);
}
