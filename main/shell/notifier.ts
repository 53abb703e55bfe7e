// Native notifications for the daily reminder. Each one is held until it is clicked or
// closed, because Electron drops the click events of notifications that were collected.
// Where notifications are unsupported, the tray's "due" icon is the cue.

import { Notification } from 'electron';
import { REMINDER_NOTIFICATION } from '../core/reminders/notification-text.ts';

export class ReminderNotifier {
  private readonly live = new Set<Notification>();

  constructor(private readonly onClick: () => void) {}

  show(): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ ...REMINDER_NOTIFICATION, silent: false });
    this.live.add(notification);
    notification.on('click', () => {
      this.live.delete(notification);
      this.onClick();
    });
    notification.on('close', () => this.live.delete(notification));
    notification.on('failed', () => this.live.delete(notification));
    notification.show();
  }

  /** A check-in happened: a pending reminder no longer applies. */
  clear(): void {
    for (const n of this.live) n.close();
    this.live.clear();
  }
}
