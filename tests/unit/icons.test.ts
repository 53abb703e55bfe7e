// Icon generation from build/icon.svg: every expected file, at the right sizes, with macOS
// template images in black and alpha only. Renders with resvg: no browser needed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeIcons } from '../../scripts/make-icons.ts';
import { tempDir } from './core/temp-core.ts';
import { pngPixels, pngSize } from './png.ts';

const out = tempDir();
let written: string[] = [];

beforeAll(() => {
  written = makeIcons(out.dir);
}, 60_000);
afterAll(() => out.cleanup());

const read = (name: string) => readFileSync(join(out.dir, name));

/** The PNG sizes inside an .ico (or the types inside an .icns). */
function icoSizes(file: Buffer): number[] {
  const count = file.readUInt16LE(4);
  return Array.from(
    { length: count },
    (_, i) => pngSize(file.subarray(file.readUInt32LE(6 + 16 * i + 12))).width,
  );
}

describe('make-icons', () => {
  test('writes every icon the app and the packages need', () => {
    expect(written.sort()).toEqual(
      [
        'icon-512.png',
        'icon-1024.png',
        'icon.ico',
        'icon.icns',
        ...['tray', 'tray-due'].flatMap((v) => [
          `${v}Template.png`,
          `${v}Template@2x.png`,
          `${v}.ico`,
          `${v}-22.png`,
          `${v}-24.png`,
        ]),
      ].sort(),
    );
  });

  test('sizes: app PNGs, Windows tray .ico with 16/20/24/32, Linux 22/24, macOS 16 with @2x', () => {
    expect(pngSize(read('icon-512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(read('icon-1024.png'))).toEqual({ width: 1024, height: 1024 });
    expect(icoSizes(read('tray.ico'))).toEqual([16, 20, 24, 32]);
    expect(icoSizes(read('tray-due.ico'))).toEqual([16, 20, 24, 32]);
    expect(icoSizes(read('icon.ico'))).toEqual([16, 24, 32, 48, 64, 128, 256]);
    expect(pngSize(read('tray-22.png')).width).toBe(22);
    expect(pngSize(read('tray-due-24.png')).width).toBe(24);
    expect(pngSize(read('trayTemplate.png')).width).toBe(16);
    expect(pngSize(read('tray-dueTemplate@2x.png')).width).toBe(32);
    const icns = read('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  test.each([
    'trayTemplate.png',
    'trayTemplate@2x.png',
    'tray-dueTemplate.png',
    'tray-dueTemplate@2x.png',
  ])('%s uses only black and alpha, and is clearly visible', (name) => {
    const { rgba } = pngPixels(read(name));
    let opaque = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      const alpha = rgba[i + 3] ?? 0;
      if (alpha === 0) continue;
      expect([rgba[i], rgba[i + 1], rgba[i + 2]]).toEqual([0, 0, 0]);
      if (alpha > 200) opaque += 1;
    }
    // A heart that reads at 16 px covers a good part of the square.
    expect(opaque / (rgba.length / 4)).toBeGreaterThan(0.3);
  });

  test('the "due" variant differs from the normal one (the dot is there)', () => {
    expect(read('tray-due-24.png').equals(read('tray-24.png'))).toBe(false);
    expect(read('tray-dueTemplate.png').equals(read('trayTemplate.png'))).toBe(false);
  });
});
