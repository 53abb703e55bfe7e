// When the app locks itself: a pure decision the shell applies to Electron's idle time.
// Only a passcode makes a lock meaningful; without one nothing locks.

export const DEFAULT_IDLE_MINUTES = 5;

/** Idle lock: the system has been idle at least the chosen minutes (0 = never by idle). */
export function idleLockDue(
  idleSeconds: number,
  idleMinutes: number,
  passcodeSet: boolean,
): boolean {
  return passcodeSet && idleMinutes > 0 && idleSeconds >= idleMinutes * 60;
}
