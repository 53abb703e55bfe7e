// The only links Nuzzle opens in the system browser: https, on an allowlist (the safety
// panel's hotline site). Everything else stays closed.

export const EXTERNAL_HOSTS: readonly string[] = ['thehotline.org', 'www.thehotline.org'];

export function isAllowedExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === 'https:' &&
    url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    EXTERNAL_HOSTS.includes(url.hostname)
  );
}
