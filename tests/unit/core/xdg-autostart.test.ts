import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  autostartEntry,
  launchCommand,
  quoteExecArg,
  setXdgAutostart,
  xdgConfigHome,
} from '../../../main/core/autostart/xdg-autostart.ts';
import { tempDir } from './temp-core.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('XDG autostart (launch at login on Linux)', () => {
  test('turning it on writes a desktop entry; turning it off removes it', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = setXdgAutostart(dir, ['/opt/Nuzzle/nuzzle', '--hidden'], true);
    expect(file).toBe(join(dir, 'autostart', 'app.nuzzle.desktop.desktop'));
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('[Desktop Entry]');
    expect(text).toContain('Exec=/opt/Nuzzle/nuzzle --hidden');
    expect(text).toContain('Name=Nuzzle');
    setXdgAutostart(dir, ['/opt/Nuzzle/nuzzle'], false);
    expect(existsSync(file)).toBe(false);
    // Turning it off twice is fine.
    expect(() => setXdgAutostart(dir, ['/opt/Nuzzle/nuzzle'], false)).not.toThrow();
  });

  test('paths with spaces and special characters are quoted as the spec asks', () => {
    expect(quoteExecArg('/home/sam/Apps/Nuzzle 1.0.AppImage')).toBe(
      '"/home/sam/Apps/Nuzzle 1.0.AppImage"',
    );
    expect(quoteExecArg('/tmp/100%/a$b')).toBe('"/tmp/100%%/a\\$b"');
    expect(autostartEntry(['/usr/bin/nuzzle'])).toContain('Exec=/usr/bin/nuzzle\n');
  });

  test('XDG_CONFIG_HOME is honoured when absolute, else ~/.config', () => {
    expect(xdgConfigHome({ XDG_CONFIG_HOME: '/cfg' }, '/home/sam')).toBe('/cfg');
    expect(xdgConfigHome({ XDG_CONFIG_HOME: 'relative' }, '/home/sam')).toBe('/home/sam/.config');
    expect(xdgConfigHome({}, '/home/sam')).toBe('/home/sam/.config');
  });

  test('the command starts the AppImage, the packaged app, or electron with the app path, hidden', () => {
    expect(
      launchCommand({
        isPackaged: true,
        execPath: '/tmp/.mount/nuzzle',
        appPath: '/x',
        appImage: '/home/s/Nuzzle.AppImage',
      }),
    ).toEqual(['/home/s/Nuzzle.AppImage', '--hidden']);
    expect(
      launchCommand({ isPackaged: true, execPath: '/opt/Nuzzle/nuzzle', appPath: '/x' }),
    ).toEqual(['/opt/Nuzzle/nuzzle', '--hidden']);
    expect(
      launchCommand({ isPackaged: false, execPath: '/e/electron', appPath: '/src/nuzzle' }),
    ).toEqual(['/e/electron', '/src/nuzzle', '--hidden']);
  });
});
