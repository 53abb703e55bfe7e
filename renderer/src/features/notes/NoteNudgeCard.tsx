// A gentle Today card when no note was written for a while (never a notification).
export function NoteNudgeCard() {
  return null;
}
