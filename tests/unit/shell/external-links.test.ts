import { describe, expect, test } from 'vitest';
import { isAllowedExternalUrl } from '../../../main/shell/decisions/external-links.ts';

describe('isAllowedExternalUrl', () => {
  test.each(['https://www.thehotline.org/', 'https://thehotline.org/get-help/'])(
    'opens %s',
    (url) => {
      expect(isAllowedExternalUrl(url)).toBe(true);
    },
  );

  test.each([
    'http://www.thehotline.org/',
    'https://thehotline.org.evil.com/',
    'https://evil.com/?https://thehotline.org',
    'https://user:pass@thehotline.org/',
    'https://thehotline.org:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://nuzzle/',
    '',
    42,
    null,
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
