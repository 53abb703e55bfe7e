// The two Electron IPC channels under the contract: every call travels on one (the contract's
// channel name is part of the message, so an unknown one gets a clear error instead of
// Electron's "no handler"), and every event on the other.
export const INVOKE_CHANNEL = 'nuzzle:invoke';
export const EVENT_CHANNEL = 'nuzzle:event';
