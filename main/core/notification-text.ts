// What each kind of notification says. Lock screens and shared screens show them, so they
// name nobody and carry no content — the same words for everyone.

export type NotificationKind = 'reminder' | 'reminder-question' | 'note-arrived';

export const NOTIFICATION_TEXT: Record<NotificationKind, { title: string; body: string }> = {
  reminder: { title: 'Nuzzle', body: 'Time for your Nuzzle check-in' },
  // The question itself never shows: only that one is there.
  'reminder-question': {
    title: 'Nuzzle',
    body: 'Time for your Nuzzle check-in. Today’s question is waiting',
  },
  'note-arrived': { title: 'Nuzzle', body: 'A new note is waiting for you in Nuzzle' },
};
