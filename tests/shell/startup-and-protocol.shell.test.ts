// Start-up paths in the built main process: a Linux login start from the XDG autostart
// entry, the app:// handler serving the built renderer (and nothing outside it), and the
// Windows session end closing the core as cleanly as Quit does.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { launch, removeLaunchDir, type Launch } from './harness/launch.ts';
import { mainWindow, onboard, quickWindow, tray } from './harness/user.ts';

const runs: Launch[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) {
    await r.close();
    removeLaunchDir(r.dir);
  }
});

const start = async (...args: Parameters<typeof launch>) => {
  const r = await launch(...args);
  runs.push(r);
  return r;
};

test('Linux: launch at login writes an autostart entry with --hidden; that start stays in the tray', async () => {
  const first = await start('linux');
  await onboard(first);
  const entry = join(first.dir, 'config', 'autostart', 'app.nuzzle.desktop.desktop');
  expect(existsSync(entry)).toBe(true);
  const exec = readFileSync(entry, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('Exec='));
  expect(exec).toMatch(/ --hidden$/);
  await first.close();
  runs.length = 0;

  const again = await start('linux', { dir: first.dir, argv: ['--hidden'] });
  expect(mainWindow(again)).toBeUndefined();
  expect(tray(again).contextMenu?.labels()[0]).toBe('Check in now…');
  expect(quickWindow(again).visible).toBe(false);
});

const get = async (r: Launch, url: string) => {
  const handler = r.world.protocolHandler;
  if (!handler) throw new Error('app:// is not served');
  return handler(new Request(url));
};

test('app:// serves the built renderer with its security headers', async () => {
  const r = await start('darwin');
  const page = await get(r, 'app://nuzzle/index.html');
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
  const html = await page.text();
  expect(html).toContain('<div id="root">');
  const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const js = await get(r, `app://nuzzle/${script ?? ''}`);
  expect(js.status).toBe(200);
  expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
});

test.each([
  // The URL parser folds encoded dots away: what's left is looked up inside the renderer.
  ['a path that climbs out of the renderer', 'app://nuzzle/%2e%2e/%2e%2e/package.json', 404],
  ['an encoded slash that climbs out', 'app://nuzzle/..%2f..%2fpackage.json', 403],
  ['an encoded backslash', 'app://nuzzle/..%5c..%5cpackage.json', 403],
  ['another host', 'app://elsewhere/index.html', 403],
  ['a file that is not there', 'app://nuzzle/nothing-here.js', 404],
])('app:// refuses %s', async (_what, url, status) => {
  const r = await start('win32');
  expect((await get(r, url)).status).toBe(status);
});

test('Windows session end closes the core cleanly, as Quit does', async () => {
  const r = await start('win32');
  await onboard(r);
  const db = join(r.world.userData, 'nuzzle.sqlite3');
  expect(existsSync(`${db}.running`)).toBe(true);
  quickWindow(r).emit('session-end', {});
  expect(existsSync(`${db}.running`)).toBe(false);
  expect(existsSync(`${db}.closed`)).toBe(true);
  r.world.exited = true; // the OS ends the process after session-end
});
