// Runs electron-builder (its programmatic API, with electron-builder.yml) against a
// stand-in Electron dist, in a child process of dry-run.test.ts:
//   node --import tsx pack-offline.ts <job.json>
// Every outgoing connection is refused and recorded, so a build that needs a download
// fails here instead of quietly fetching it. Installer targets that need downloaded tools
// (AppImage, deb) stop at electron-builder's `effectiveOptionComputed` hook, right before
// running those tools, and report what they would have built (desktop entry, package
// metadata).

import { readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { packJobSchema, type Capture, type PackResult } from './kit.ts';

const networkAttempts: string[] = [];
const where = (options: unknown): string => {
  if (typeof options !== 'object' || options === null) return String(options);
  const { host, port, path } = options as { host?: unknown; port?: unknown; path?: unknown };
  return [host, port, path]
    .filter((part) => part != null)
    .map(String)
    .join(':');
};
const refuse = function (this: net.Socket, ...args: unknown[]): never {
  const target = where(args[0]);
  networkAttempts.push(target);
  throw new Error(`Network access in an offline packaging run: ${target}`);
};
net.Socket.prototype.connect = refuse;

const fpmOptions = z.tuple([z.array(z.string()), z.string()]);
const appImageOptions = z.object({ desktop: z.string(), desktopFileName: z.string() });

function capture(options: unknown): Capture {
  const fpm = fpmOptions.safeParse(options);
  // The deb's desktop entry is a temp file that electron-builder deletes afterwards.
  if (fpm.success)
    return { kind: 'fpm', args: fpm.data[0], desktop: readFileSync(fpm.data[1], 'utf8') };
  const appImage = appImageOptions.safeParse(options);
  if (appImage.success) return { kind: 'appimage', ...appImage.data };
  return { kind: 'other' };
}

const jobFile = process.argv[2];
if (jobFile === undefined) throw new Error('usage: pack-offline.ts <job.json>');
const job = packJobSchema.parse(JSON.parse(readFileSync(jobFile, 'utf8')));
const captures: Capture[] = [];
const result: PackResult = { ok: false, error: null, networkAttempts, captures };

try {
  const { build } = await import('electron-builder');
  await build({
    projectDir: job.projectDir,
    [job.platform]: job.targets,
    x64: true,
    publish: 'never',
    config: {
      extends: join(job.projectDir, 'electron-builder.yml'),
      electronDist: job.electronDist,
      directories: { output: job.outDir },
      ...job.overrides,
    },
    effectiveOptionComputed: (options: unknown) => {
      captures.push(capture(options));
      return Promise.resolve(true);
    },
  });
  result.ok = true;
} catch (error) {
  result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.exitCode = 1;
}
writeFileSync(job.resultFile, JSON.stringify(result));
