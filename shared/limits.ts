// Size limits shared by validation in main and by the forms in the renderer (kept apart from
// the contract so the renderer can use them without pulling in the validation library).

export const NAME_MAX = 40;
export const CHECKIN_NOTE_MAX = 280;
export const CHECKIN_SHARED_MAX = 500;
export const PAUSE_REASON_MAX = 80;
