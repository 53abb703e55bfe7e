import { join, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  resolveAppRequest,
  securityHeaders,
} from '../../../main/shell/decisions/app-request.ts';

const root = join('/opt', 'Nuzzle', 'renderer');

describe('resolveAppRequest', () => {
  test.each([
    ['app://nuzzle/', join(root, 'index.html')],
    ['app://nuzzle/index.html#/today', join(root, 'index.html')],
    ['app://nuzzle/assets/index-abc.js', join(root, 'assets', 'index-abc.js')],
    ['app://nuzzle/assets/a%20b.css', join(root, 'assets', 'a b.css')],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppRequest(root, url)).toMatchObject({ ok: true, file });
  });

  test.each([
    // The URL parser folds plain dot segments, so these land inside the folder (or nowhere).
    'app://nuzzle/../../../etc/passwd.html',
    'app://nuzzle/%2e%2e/%2e%2e/secret.js',
    'app://nuzzle/..%2f..%2fsecret.js',
    'app://nuzzle/assets/..%2f..%2f..%2fsecret.js',
  ])('never serves a file outside the renderer folder for %s', (url) => {
    const result = resolveAppRequest(root, url);
    if (result.ok) expect(result.file.startsWith(root + sep)).toBe(true);
  });

  test.each([
    'app://nuzzle/..%2f..%2fsecret.js',
    'app://nuzzle/assets/..%5c..%5csecret.js',
    'app://nuzzle/index.html%00.js',
    'app://other/index.html',
    'https://nuzzle/index.html',
  ])('refuses %s', (url) => {
    const result = resolveAppRequest(root, url);
    expect(result.ok).toBe(false);
    if (result.ok) throw new Error(`served ${result.file}`);
  });

  test('unknown file types are not served', () => {
    expect(resolveAppRequest(root, 'app://nuzzle/data.sqlite3')).toEqual({
      ok: false,
      status: 404,
    });
  });

  test('every response carries the strict CSP: no remote content, no inline script, no connections', () => {
    const headers = securityHeaders('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
