// Words for each point of the three 1–5 scales, used by the forms and the tray menu alike.

export const SCORE_WORDS = {
  mood: ['Low', 'Flat', 'Okay', 'Good', 'Bright'],
  closeness: ['Distant', 'A bit apart', 'In between', 'Close', 'Very close'],
  settled: ['On guard', 'Uneasy', 'Unsure', 'Mostly settled', 'Settled'],
} as const;
