// Size limits shared by validation in main and by the forms in the renderer (kept apart from
// the contract so the renderer can use them without pulling in the validation library).

export const NAME_MAX = 40;
export const CHECKIN_NOTE_MAX = 280;
export const CHECKIN_SHARED_MAX = 500;
export const PAUSE_REASON_MAX = 80;
/** A pairing code as typed (codes are far shorter; room for spaces a person adds). */
export const SYNC_CODE_MAX = 60;
/** Words to search for, in the guides or the archive of questions. */
export const SEARCH_MAX = 200;
/** The word typed to confirm "Delete all my data". */
export const CONFIRM_WORD_MAX = 40;

/** The passcode lock (contract-lock.ts): passcode length, and the idle times offered. */
export const PASSCODE_MIN = 6;
export const PASSCODE_MAX = 200;
export const IDLE_MINUTES = [0, 1, 5, 15, 30, 60] as const;

/** An encrypted export's passphrase (contract-data.ts): a file can be attacked offline, so
 *  a little longer than the passcode. */
export const EXPORT_PASSPHRASE_MIN = 10;
export const EXPORT_PASSPHRASE_MAX = 200;
