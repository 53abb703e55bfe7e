// Packages Nuzzle for real, offline, with electron-builder.yml as it is: electron-builder
// runs against stand-in Electron dists (kit.ts) for Linux, macOS and Windows, on a copy of
// the project built by its own build scripts, then the output is opened and checked — what
// is in app.asar and what is not, the Electron build of better-sqlite3-multiple-ciphers, the fuses, the asar
// integrity data, and the Linux desktop entry and deb metadata. Linux installers (AppImage,
// deb) stop right before their downloaded tools would run; dmg and nsis need tools and an
// OS that aren't here, so macOS and Windows are packaged as folders (`dir`).

import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { parsePlistFile } from 'app-builder-lib/out/util/plist.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DECOYS,
  DIST_DECOYS,
  PROBE_NODE,
  REPO,
  STAND_IN_ELECTRON_ADDON,
  asarHeaderHash,
  makeLinuxElectronDist,
  makeMacElectronDist,
  makeProject,
  makeWindowsElectronDist,
  packResultSchema,
  readFuses,
  walk,
  windowsResources,
  type Capture,
  type FuseName,
  type PackJob,
  type PackResult,
} from './kit.ts';

// Copy + build + three packaging runs in parallel: ~30–40 s here; the ceiling leaves room
// for a loaded machine.
const SETUP_TIMEOUT_MS = 120_000;

/** electron-builder.yml's electronFuses, as the wire should read back; the rest untouched. */
const EXPECTED_FUSES: Record<FuseName, boolean> = {
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
};

let root = '';
let project = '';
let cache = '';
const results = new Map<PackJob['platform'], PackResult & { log: string }>();

function pack(job: Omit<PackJob, 'resultFile'>): Promise<void> {
  const resultFile = join(root, `${job.platform}-result.json`);
  const jobFile = join(root, `${job.platform}-job.json`);
  writeJson(jobFile, { ...job, resultFile });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'tests', 'unit', 'packaging', 'pack-offline.ts'), jobFile],
      {
        cwd: project,
        env: {
          ...process.env,
          // An empty cache: anything electron-builder would need to download, it can't have.
          ELECTRON_BUILDER_CACHE: cache,
          ELECTRON_CACHE: cache,
          CSC_IDENTITY_AUTO_DISCOVERY: 'false',
          FORCE_COLOR: '0',
        },
      },
    );
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      if (!existsSync(resultFile)) {
        reject(new Error(`${job.platform} packaging crashed:\n${log}`));
        return;
      }
      const parsed = packResultSchema.parse(JSON.parse(readFileSync(resultFile, 'utf8')));
      results.set(job.platform, { ...parsed, log });
      resolve();
    });
  });
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value));
}

function result(platform: PackJob['platform']): PackResult & { log: string } {
  const r = results.get(platform);
  if (!r) throw new Error(`no ${platform} result`);
  if (!r.ok) throw new Error(`${platform} packaging failed: ${r.error ?? ''}\n${r.log}`);
  return r;
}

const out = (platform: string): string => join(root, 'out', platform);
const linuxApp = (): string => join(out('linux'), 'linux-unpacked');
const macResources = (): string => join(out('mac'), 'mac', 'Nuzzle.app', 'Contents', 'Resources');
const winApp = (): string => join(out('win'), 'win-unpacked');

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nuzzle-pack-'));
  project = join(root, 'project');
  cache = join(root, 'cache');
  mkdirSync(cache);
  makeProject(project);
  const dists = { linux: join(root, 'electron-linux'), mac: join(root, 'electron-mac') };
  makeLinuxElectronDist(dists.linux);
  makeMacElectronDist(dists.mac);
  makeWindowsElectronDist(join(root, 'electron-win'));
  await Promise.all([
    // The configured Linux targets (AppImage, deb), which also leave linux-unpacked/.
    pack({
      platform: 'linux',
      targets: [],
      projectDir: project,
      electronDist: dists.linux,
      outDir: out('linux'),
      overrides: {},
    }),
    pack({
      platform: 'mac',
      targets: ['dir'],
      projectDir: project,
      electronDist: dists.mac,
      outDir: out('mac'),
      // `codesign` only exists on macOS; the ad hoc re-signing is a macOS-only step.
      overrides: { electronFuses: { resetAdHocDarwinSignature: false } },
    }),
    pack({
      platform: 'win',
      targets: ['dir'],
      projectDir: project,
      electronDist: join(root, 'electron-win'),
      outDir: out('win'),
      overrides: {},
    }),
  ]);
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('packaging offline', () => {
  it('packages for Linux, macOS and Windows without any network access or download', () => {
    for (const platform of ['linux', 'mac', 'win'] as const) {
      const r = result(platform);
      expect(r.networkAttempts, platform).toEqual([]);
    }
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('app.asar', () => {
  const asar = (): string => join(linuxApp(), 'resources', 'app.asar');
  const entries = (): string[] => listPackage(asar(), { isPack: false }).map((e) => e.slice(1));

  it('holds the built app: main process, preload, renderer and package.json', () => {
    result('linux');
    const files = entries();
    for (const file of [
      'package.json',
      'dist/main/index.cjs',
      'dist/main/preload.cjs',
      'dist/renderer/index.html',
    ]) {
      expect(files).toContain(file);
    }
    expect(files.some((f) => /^dist\/renderer\/assets\/.+\.js$/.test(f))).toBe(true);
  });

  it('leaves out sources, tests, scripts, source maps, secrets and databases', () => {
    result('linux');
    const files = entries();
    const tops = new Set(files.map((f) => f.split('/')[0]));
    expect([...tops].sort()).toEqual(['dist', 'node_modules', 'package.json']);
    expect(files.filter((f) => /\.(ts|tsx|map|mjs)$/.test(f))).toEqual([]);
    expect(
      files.filter((f) => f.startsWith('dist/') && !/^dist\/(main|renderer)(\/|$)/.test(f)),
    ).toEqual([]);
    expect(files.filter((f) => /(^|\/)\.env|\.(sqlite3?|db)(-\w+)?$|\.(log|pem)$/.test(f))).toEqual(
      [],
    );
    expect(files.filter((f) => f.includes('.cache'))).toEqual([]);
    for (const decoy of [...Object.keys(DECOYS), ...Object.keys(DIST_DECOYS)]) {
      expect(files).not.toContain(decoy);
    }
  });

  it('carries only the JavaScript half of better-sqlite3-multiple-ciphers, not its sources or Node build', () => {
    result('linux');
    const modules = entries().filter((f) => f.startsWith('node_modules/'));
    expect(modules).toContain('node_modules/better-sqlite3-multiple-ciphers/package.json');
    expect(modules).toContain('node_modules/better-sqlite3-multiple-ciphers/lib/index.js');
    const outside = modules.filter(
      (f) =>
        !/^node_modules\/better-sqlite3-multiple-ciphers(\/(package\.json|LICENSE|lib(\/.*)?))?$/.test(
          f,
        ),
    );
    expect(outside).toEqual([]);
  });

  it('packs a package.json that starts the bundled main process and names the app', () => {
    result('linux');
    const pkg: unknown = JSON.parse(extractFile(asar(), 'package.json').toString('utf8'));
    expect(pkg).toMatchObject({
      name: 'nuzzle',
      productName: 'Nuzzle',
      main: 'dist/main/index.cjs',
      homepage: 'https://nuzzle.app',
      desktopName: 'app.nuzzle.desktop.desktop',
      dependencies: { 'better-sqlite3-multiple-ciphers': expect.any(String) as unknown },
    });
    expect(pkg).not.toHaveProperty('devDependencies');
    expect(pkg).not.toHaveProperty('scripts');
  });

  it('keeps .node files out of the archive: unpacked next to it', () => {
    result('linux');
    const archive = asar();
    const native = entries().filter((f) => f.endsWith('.node'));
    expect(native).toEqual([PROBE_NODE]);
    expect(statFile(archive, PROBE_NODE)).toMatchObject({ unpacked: true });
    expect(existsSync(join(`${archive}.unpacked`, PROBE_NODE))).toBe(true);
  });
});

describe('the Electron build of better-sqlite3-multiple-ciphers', () => {
  it('is shipped in resources/native, and it is the only better-sqlite3-multiple-ciphers binary', () => {
    for (const [platform, resources] of [
      ['linux', join(linuxApp(), 'resources')],
      ['mac', macResources()],
      ['win', join(winApp(), 'resources')],
    ] as const) {
      result(platform);
      const shipped = join(resources, 'native', 'better_sqlite3.node');
      expect(readFileSync(shipped, 'utf8'), platform).toBe(STAND_IN_ELECTRON_ADDON);
      expect(walk(join(resources, 'native')), platform).toEqual(['better_sqlite3.node']);
    }
    const everything = walk(linuxApp());
    expect(everything.filter((f) => f.endsWith('better_sqlite3.node'))).toEqual([
      'resources/native/better_sqlite3.node',
    ]);
  });
});

describe('resources', () => {
  it('carries the app and tray icons to resources/icons', () => {
    result('linux');
    const icons = walk(join(linuxApp(), 'resources', 'icons'));
    expect(icons.sort()).toEqual(walk(join(REPO, 'build', 'icons')).sort());
  });
});

describe('Electron fuses', () => {
  it('are flipped in the Linux, macOS and Windows binaries', async () => {
    result('linux');
    result('mac');
    result('win');
    expect(await readFuses(join(linuxApp(), 'nuzzle'))).toEqual(EXPECTED_FUSES);
    expect(await readFuses(join(out('mac'), 'mac', 'Nuzzle.app'))).toEqual(EXPECTED_FUSES);
    expect(await readFuses(join(winApp(), 'Nuzzle.exe'))).toEqual(EXPECTED_FUSES);
  });
});

describe('embedded asar integrity', () => {
  it('macOS: Info.plist carries the hash of the app.asar it ships, and the app identity', async () => {
    result('mac');
    const plist = await parsePlistFile<Record<string, unknown>>(
      join(macResources(), '..', 'Info.plist'),
    );
    expect(plist).toMatchObject({
      CFBundleIdentifier: 'app.nuzzle.desktop',
      CFBundleName: 'Nuzzle',
      CFBundleExecutable: 'Nuzzle',
      CFBundleIconFile: 'icon.icns',
      LSApplicationCategoryType: 'public.app-category.lifestyle',
      ElectronAsarIntegrity: {
        'Resources/app.asar': {
          algorithm: 'SHA256',
          hash: asarHeaderHash(join(macResources(), 'app.asar')),
        },
      },
    });
    expect(existsSync(join(macResources(), 'icon.icns'))).toBe(true);
  });

  it('Windows: Nuzzle.exe carries the hash of its app.asar, product name and icon', () => {
    result('win');
    const exe = windowsResources(readFileSync(join(winApp(), 'Nuzzle.exe')));
    expect(JSON.parse(exe.integrity ?? 'null')).toEqual([
      {
        file: 'resources\\app.asar',
        alg: 'SHA256',
        value: asarHeaderHash(join(winApp(), 'resources', 'app.asar')),
      },
    ]);
    expect(exe.productName).toBe('Nuzzle');
    expect(exe.iconGroups).toBe(1);
  });
});

describe('Linux installers', () => {
  const captured = <K extends Capture['kind']>(kind: K): Extract<Capture, { kind: K }> => {
    const found = result('linux').captures.find(
      (c): c is Extract<Capture, { kind: K }> => c.kind === kind,
    );
    if (!found) throw new Error(`electron-builder did not reach the ${kind} step`);
    return found;
  };
  const entry = (desktop: string): Record<string, string> =>
    Object.fromEntries(
      desktop
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );

  it('the AppImage gets a desktop entry named, categorised and linked to the window', () => {
    const appImage = captured('appimage');
    expect(appImage.desktopFileName).toBe('app.nuzzle.desktop.desktop');
    expect(entry(appImage.desktop)).toMatchObject({
      Name: 'Nuzzle',
      Type: 'Application',
      Icon: 'nuzzle',
      Categories: 'Utility;',
      StartupWMClass: 'app.nuzzle.desktop',
    });
  });

  it('the deb installs the app, its icon and desktop entry, with maintainer and homepage', () => {
    const deb = captured('fpm');
    const arg = (flag: string): string | undefined => deb.args[deb.args.indexOf(flag) + 1];
    expect(arg('--name')).toBe('nuzzle');
    expect(arg('--maintainer')).toBe('Nuzzle <hello@nuzzle.app>');
    expect(arg('--url')).toBe('https://nuzzle.app');
    expect(arg('--architecture')).toBe('amd64');
    expect(deb.args).toContain(`${linuxApp()}/=/opt/Nuzzle`);
    expect(deb.args).toContain(
      `${join(project, 'build', 'icons', 'icon-512.png')}=/usr/share/icons/hicolor/512x512/apps/nuzzle.png`,
    );
    expect(
      deb.args.some((a) => a.endsWith('=/usr/share/applications/app.nuzzle.desktop.desktop')),
    ).toBe(true);
    expect(entry(deb.desktop)).toMatchObject({
      Name: 'Nuzzle',
      Exec: '/opt/Nuzzle/nuzzle %U',
      Icon: 'nuzzle',
      Categories: 'Utility;',
      StartupWMClass: 'app.nuzzle.desktop',
    });
  });
});
