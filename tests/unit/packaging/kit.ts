// Stand-ins for what can't be downloaded here, so packaging runs for real, offline:
// an Electron dist per OS (a few files, and a fuse wire where Electron keeps it), a copy of
// the project with decoys (secrets, databases, sources) that must not be packaged, and the
// shapes a packaging run (pack-offline.ts, in a child process) reports back.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getRawHeader } from '@electron/asar';
import { FuseState, SENTINEL } from '@electron/fuses/dist/constants.js';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { z } from 'zod';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// ---------------------------------------------------------------- fuses

/** The fuse wire @electron/fuses 1.8 knows, in wire order. */
const FUSES = [
  FuseV1Options.RunAsNode,
  FuseV1Options.EnableCookieEncryption,
  FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  FuseV1Options.EnableNodeCliInspectArguments,
  FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  FuseV1Options.OnlyLoadAppFromAsar,
  FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  FuseV1Options.GrantFileProtocolExtraPrivileges,
] as const;

/** Electron's own defaults, so a wire that reads back as configured was really flipped. */
const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
};

/** The sentinel, wire version 1, wire length, then one state byte per fuse. */
function fuseWire(): Buffer {
  const states = FUSES.map((fuse) =>
    ELECTRON_DEFAULT_FUSES[fuse] ? FuseState.ENABLE : FuseState.DISABLE,
  );
  return Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSES.length, ...states])]);
}

export type FuseName = keyof typeof FuseV1Options;

/** Reads the fuse wire back from a packaged binary (or .app), by fuse name. */
export async function readFuses(binary: string): Promise<Partial<Record<FuseName, boolean>>> {
  const wire = await getCurrentFuseWire(binary);
  const result: Partial<Record<FuseName, boolean>> = {};
  for (const fuse of FUSES) {
    const name = FuseV1Options[fuse] as FuseName;
    if (wire[fuse] === FuseState.ENABLE) result[name] = true;
    else if (wire[fuse] === FuseState.DISABLE) result[name] = false;
  }
  return result;
}

// ---------------------------------------------------------------- stand-in Electron dists

function write(file: string, content: string | Buffer, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  if (mode !== undefined) chmodSync(file, mode);
}

function commonDistFiles(dir: string): void {
  write(join(dir, 'LICENSE'), 'Stand-in for Electron’s MIT licence.\n');
  write(join(dir, 'LICENSES.chromium.html'), '<p>Stand-in</p>\n');
  write(join(dir, 'version'), '45.5.0');
}

/** electron-v45.5.0-linux-x64 as electron-builder sees it. */
export function makeLinuxElectronDist(dir: string): void {
  commonDistFiles(dir);
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron"\nexit 0\n# ');
  write(join(dir, 'electron'), Buffer.concat([script, fuseWire(), Buffer.from('\n')]), 0o755);
  write(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  mkdirSync(join(dir, 'resources'), { recursive: true });
}

function infoPlist(id: string, executable: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
<key>CFBundleExecutable</key><string>${executable}</string>
<key>CFBundleIdentifier</key><string>${id}</string>
<key>CFBundleName</key><string>${executable}</string>
<key>CFBundleVersion</key><string>45.5.0</string>
</dict></plist>
`;
}

/** electron-v45.5.0-darwin-x64: Electron.app, its framework (where the fuses live), helpers. */
export function makeMacElectronDist(dir: string): void {
  commonDistFiles(dir);
  const contents = join(dir, 'Electron.app', 'Contents');
  write(join(contents, 'Info.plist'), infoPlist('com.github.Electron', 'Electron'));
  write(join(contents, 'MacOS', 'Electron'), 'stand-in', 0o755);
  mkdirSync(join(contents, 'Resources'), { recursive: true });
  const framework = join(contents, 'Frameworks', 'Electron Framework.framework');
  write(
    join(framework, 'Electron Framework'),
    Buffer.concat([Buffer.from('stand-in '), fuseWire()]),
  );
  for (const suffix of ['', ' (GPU)', ' (Renderer)', ' (Plugin)']) {
    const helper = join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
    write(
      join(helper, 'Info.plist'),
      infoPlist('com.github.Electron.helper', `Electron Helper${suffix}`),
    );
    write(join(helper, 'MacOS', `Electron Helper${suffix}`), 'stand-in', 0o755);
  }
}

/** electron-v45.5.0-win32-x64: a real (empty) PE with version info and the fuse wire. */
export function makeWindowsElectronDist(dir: string): void {
  commonDistFiles(dir);
  const exe = NtExecutable.createEmpty(false, false);
  const resources = NtExecutableResource.from(exe);
  const version = Resource.VersionInfo.createEmpty();
  version.lang = 1033;
  version.setStringValues(
    { lang: 1033, codepage: 1200 },
    { ProductName: 'Electron', FileDescription: 'Electron', CompanyName: 'GitHub, Inc.' },
  );
  version.setFileVersion(45, 5, 0, 0);
  version.setProductVersion(45, 5, 0, 0);
  version.outputToResourceEntries(resources.entries);
  // RT_RCDATA: resedit keeps it through every rewrite electron-builder makes.
  resources.entries.push({
    type: 10,
    id: 1,
    lang: 1033,
    codepage: 1200,
    bin: new Uint8Array(fuseWire()).buffer,
  });
  resources.outputResource(exe);
  write(join(dir, 'electron.exe'), Buffer.from(exe.generate()));
  write(join(dir, 'locales', 'en-US.pak'), 'stand-in');
  mkdirSync(join(dir, 'resources'), { recursive: true });
}

/** The resources of a Windows executable: the asar integrity entry and version strings. */
export function windowsResources(exePath: Buffer): {
  integrity: string | null;
  productName: string | undefined;
  iconGroups: number;
} {
  const resources = NtExecutableResource.from(NtExecutable.from(exePath));
  const entry = resources.entries.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
  const [version] = Resource.VersionInfo.fromEntries(resources.entries);
  return {
    integrity: entry ? Buffer.from(entry.bin).toString('utf8') : null,
    productName: version?.getStringValues({ lang: 1033, codepage: 1200 }).ProductName,
    iconGroups: Resource.IconGroupEntry.fromEntries(resources.entries).length,
  };
}

// ---------------------------------------------------------------- the project copy

/** What the stand-in Electron build of better-sqlite3-multiple-ciphers contains, to tell it apart. */
export const STAND_IN_ELECTRON_ADDON =
  'stand-in: better-sqlite3-multiple-ciphers built for Electron 45\n';

/** Files that exist in a developer's checkout and must never reach a package. */
export const DECOYS = {
  '.env': 'NUZZLE_SECRET=decoy\n',
  '.env.production': 'NUZZLE_SECRET=decoy\n',
  'nuzzle.sqlite3': 'decoy database',
  'nuzzle.sqlite3-wal': 'decoy database journal',
  'tests/unit/decoy.test.ts': 'decoy test',
  '.native/current/stale-build.node': 'decoy: only better_sqlite3.node is carried',
} as const;

/** Decoys planted inside the built output, which the allowlist alone would let through. */
export const DIST_DECOYS = {
  'dist/main/.env.local': 'NUZZLE_SECRET=decoy\n',
  'dist/renderer/leftover.sqlite3': 'decoy database',
  'dist/renderer/leftover.db-journal': 'decoy journal',
  'dist/main/debug.log': 'decoy log',
  'dist/main/signing.pem': 'decoy key',
} as const;

/** A native file in the app itself: asarUnpack must put it next to the asar, not inside. */
export const PROBE_NODE = 'dist/main/probe.node';

function run(cwd: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * A copy of the project in `dir`: the real sources, configs and packaging config, this
 * repo's node_modules (linked), decoys, then the real build (scripts/build-main.mjs and
 * vite) into the copy's own dist/, so nothing in the shared checkout is touched.
 */
export function makeProject(dir: string): void {
  const copy = (path: string): void => {
    cpSync(join(REPO, path), join(dir, path), { recursive: true });
  };
  for (const path of ['package.json', 'electron-builder.yml', 'vite.config.ts']) copy(path);
  for (const path of readdirSync(REPO).filter((f) => /^tsconfig.*\.json$/.test(f))) copy(path);
  for (const path of ['main', 'shared', 'renderer', 'tests', 'build', 'scripts']) copy(path);
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'junction');
  for (const [path, content] of Object.entries(DECOYS)) write(join(dir, path), content);
  write(join(dir, '.native', 'current', 'better_sqlite3.node'), STAND_IN_ELECTRON_ADDON);

  run(dir, ['scripts/build-main.mjs']);
  run(dir, [join(REPO, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  for (const [path, content] of Object.entries(DIST_DECOYS)) write(join(dir, path), content);
  write(join(dir, PROBE_NODE), 'stand-in native file');
}

// ---------------------------------------------------------------- reading results

/** Every file under dir, as forward-slash paths relative to it. */
export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** What Electron checks when embedded asar integrity is on: SHA-256 of the asar header. */
export function asarHeaderHash(asarPath: string): string {
  return createHash('sha256').update(getRawHeader(asarPath).headerString).digest('hex');
}

// ---------------------------------------------------------------- child-process protocol

export const packJobSchema = z.strictObject({
  platform: z.enum(['linux', 'mac', 'win']),
  targets: z.array(z.string()),
  projectDir: z.string(),
  electronDist: z.string(),
  outDir: z.string(),
  resultFile: z.string(),
  /** Merged over electron-builder.yml; only what can't run on this OS. */
  overrides: z.record(z.string(), z.unknown()),
});
export type PackJob = z.infer<typeof packJobSchema>;

const captureSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fpm'), args: z.array(z.string()), desktop: z.string() }),
  z.strictObject({
    kind: z.literal('appimage'),
    desktop: z.string(),
    desktopFileName: z.string(),
  }),
  z.strictObject({ kind: z.literal('other') }),
]);
export type Capture = z.infer<typeof captureSchema>;

export const packResultSchema = z.strictObject({
  ok: z.boolean(),
  error: z.string().nullable(),
  networkAttempts: z.array(z.string()),
  captures: z.array(captureSchema),
});
export type PackResult = z.infer<typeof packResultSchema>;
