// The one line under a form that says "Saved." or, kindly, what went wrong. Errors are
// announced at once (role=alert); confirmations politely (role=status).

import { errorWords } from '../api.ts';

export interface StatusMessage {
  error: boolean;
  text: string;
}

export function StatusLine({ message }: { message: StatusMessage | null }) {
  if (!message) return null;
  return (
    <p
      className={message.error ? 'status status-error' : 'status status-saved'}
      role={message.error ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}

/** The message to show for a failed call. */
export function failure(e: unknown): StatusMessage {
  return { error: true, text: errorWords(e) };
}

export const saved = (text: string): StatusMessage => ({ error: false, text });

/** A check the screen makes itself, in its own words (not a failed call). */
export const refusal = (text: string): StatusMessage => ({ error: true, text });
