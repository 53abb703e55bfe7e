// Tells the user, once and plainly, what happened at start-up (a damaged file restored from a
// backup, a fresh start, a read-only disk).

import { call } from '../api.ts';
import { useChannel } from '../use-channel.ts';

export function StartupNotice() {
  const { data } = useChannel('data:status', ['data']);
  const notice = data?.notice;
  if (!notice) return null;
  return (
    <div className="banner notice" role="alert" data-testid="startup-notice">
      <p>{notice.message}</p>
      {notice.kind !== 'read-only' && (
        <button type="button" onClick={() => void call('data:dismiss-notice')}>
          Got it
        </button>
      )}
    </div>
  );
}
