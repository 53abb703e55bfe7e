// Native notifications (the daily reminder, a note arriving). Each one is held until it is clicked or
// closed, because Electron drops the click events of notifications that were collected.
// Where notifications are unsupported, the tray's "due" icon is the cue.

import { Notification } from 'electron';
import { NOTIFICATION_TEXT, type NotificationKind } from '../core/notification-text.ts';

export class Notifier {
  private readonly live = new Map<Notification, NotificationKind>();

  constructor(private readonly onClick: (kind: NotificationKind) => void) {}

  show(kind: NotificationKind): void {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ ...NOTIFICATION_TEXT[kind], silent: false });
    this.live.set(notification, kind);
    notification.on('click', () => {
      this.live.delete(notification);
      this.onClick(kind);
    });
    notification.on('close', () => this.live.delete(notification));
    notification.on('failed', () => this.live.delete(notification));
    notification.show();
  }

  /** A check-in happened: a pending reminder no longer applies. */
  clear(kind: NotificationKind): void {
    for (const [n, k] of this.live) {
      if (k !== kind) continue;
      n.close();
      this.live.delete(n);
    }
  }
}
