// What each kind of notification says. Lock screens and shared screens show them, so they
// name nobody and carry no content — the same words for everyone.

export type NotificationKind = 'reminder' | 'note-arrived';

export const NOTIFICATION_TEXT: Record<NotificationKind, { title: string; body: string }> = {
  reminder: { title: 'Nuzzle', body: 'Time for your Nuzzle check-in' },
  'note-arrived': { title: 'Nuzzle', body: 'A new note is waiting for you in Nuzzle' },
};
