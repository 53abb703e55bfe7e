// What a reminder notification says. Lock screens and shared screens show it, so it names
// nobody and carries no content — the same words for everyone.
export const REMINDER_NOTIFICATION = {
  title: 'Nuzzle',
  body: 'Time for your Nuzzle check-in',
} as const;
