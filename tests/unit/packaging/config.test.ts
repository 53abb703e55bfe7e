// electron-builder.yml, loaded and validated by electron-builder's own code (the same
// getConfig + JSON-schema validation a real build runs first), and its key settings.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { convertIcon, type IconFormat } from 'app-builder-lib/out/util/iconConverter.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeBindingPath } from '../../../main/shell/decisions/native-binding.ts';
import { AUTOSTART_FILE_NAME } from '../../../main/core/autostart/xdg-autostart.ts';
import { REPO } from './kit.ts';

let config: Configuration;
const scratch = mkdtempSync(join(tmpdir(), 'nuzzle-config-'));

beforeAll(async () => {
  config = await getConfig(REPO, join(REPO, 'electron-builder.yml'), null);
});

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

const validate = (c: Configuration): Promise<void> =>
  validateConfiguration(c, new DebugLogger(false));

const patched = (patch: Record<string, unknown>): Configuration => ({ ...config, ...patch });

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('would fail that validation with a misspelt option or fuse, or a wrong type', async () => {
    await expect(validate(patched({ electronFuse: { runAsNode: false } }))).rejects.toThrow(
      /electronFuse/,
    );
    await expect(
      validate(patched({ electronFuses: { ...config.electronFuses, runAsnode: false } })),
    ).rejects.toThrow(/configuration\.electronFuses/);
    await expect(
      validate(patched({ linux: { ...config.linux, desktop: 'Nuzzle.desktop' } })),
    ).rejects.toThrow(/configuration\.linux/);
  });

  it('names the app, its homepage and maintainer (package.json’s author)', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      homepage: string;
      author: { name: string; email: string };
    };
    expect(config.appId).toBe('app.nuzzle.desktop');
    expect(config.productName).toBe('Nuzzle');
    expect(config.extraMetadata).toMatchObject({ homepage: 'https://nuzzle.app' });
    expect(pkg.homepage).toBe('https://nuzzle.app');
    expect(config.linux?.maintainer).toBe(`${pkg.author.name} <${pkg.author.email}>`);
  });

  it('names the Linux desktop entry by the reverse-DNS app id (portals refuse others)', () => {
    // Electron takes the Wayland app_id from desktopName; xdg-desktop-portal matches it to
    // the installed .desktop file, which syncDesktopName names after it — as autostart does.
    const desktopName = (config.extraMetadata as { desktopName?: string }).desktopName;
    expect(desktopName).toBe(`${config.appId ?? ''}.desktop`);
    expect(desktopName).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.desktop$/);
    expect(config.linux?.syncDesktopName).toBe(true);
    expect(AUTOSTART_FILE_NAME).toBe(desktopName);
  });

  it('builds AppImage and deb on Linux, a dmg on macOS and an NSIS installer on Windows', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Utility');
    expect(config.linux?.desktop?.entry).toMatchObject({ Name: 'Nuzzle', Categories: 'Utility;' });
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.category).toBe('public.app-category.lifestyle');
    expect(config.win?.target).toBe('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, deleteAppDataOnUninstall: false });
  });

  it('flips the security fuses at pack time', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      resetAdHocDarwinSignature: true,
    });
  });

  it('ships the Electron build of better-sqlite3-multiple-ciphers where the app loads it, and never rebuilds', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    const native = (config.extraResources as { from: string; to: string; filter: string[] }[]).find(
      (r) => r.from === '.native/current',
    );
    expect(native).toBeDefined();
    const shipped = join('/resources', native?.to ?? '', native?.filter[0] ?? '');
    const loaded = nativeBindingPath({
      isPackaged: true,
      resourcesPath: '/resources',
      appRoot: '/app',
      moduleAbi: '150',
      platform: 'linux',
      arch: 'x64',
    });
    expect(shipped).toBe(loaded);
  });

  it('has icons that pass electron-builder’s icon checks with no conversion tool to download', async () => {
    const icons: [string | null | undefined, IconFormat, number][] = [
      [config.mac?.icon, 'icns', 0],
      [config.win?.icon, 'ico', 256],
      [config.linux?.icon, 'set', 512],
    ];
    for (const [icon, format, size] of icons) {
      expect(icon, format).toBeTypeOf('string');
      const outDir = join(scratch, format);
      const result = await convertIcon({
        sources: [icon ?? ''],
        fallbackSources: [],
        roots: [REPO],
        format,
        outDir,
      });
      expect(result.isFallback, format).toBe(false);
      expect(result.icons, format).toEqual([{ file: join(REPO, icon ?? ''), size }]);
      expect(existsSync(outDir), `${format} needed a conversion`).toBe(false);
    }
  });
});
