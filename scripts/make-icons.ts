// Renders every icon from build/icon.svg (the one source drawing) with resvg (an SVG renderer
// shipped as npm packages with prebuilt binaries: no browser needed), so the drawing is the
// source of truth and nothing is hand-exported:
//   app icon:   icon-512.png, icon-1024.png, icon.icns (macOS), icon.ico (Windows)
//   tray icons: macOS template images (black + alpha, with @2x), Windows .ico (16/20/24/32),
//               Linux colour PNGs (22 and 24) — each in a normal and a "due" variant.
// Usage: npm run icons [-- outDir]   (default build/icons)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const outDir = process.argv[2] ?? 'build/icons';
const source = readFileSync('build/icon.svg', 'utf8');

// CSS that turns the source into each variant.
const VARIANTS = {
  app: '',
  tray: '.tile{display:none}.heart{fill:#b4483a}',
  trayTemplate: '.tile{display:none}.heart{fill:#000}.dot{fill:#000}',
};
const DUE = '.dot{display:inline}.gap{display:inline}';

/** One variant of the drawing as a square PNG, `size` pixels wide, transparent around it. */
function render(css: string, size: number): Buffer {
  const svg = source.replace('</style>', `${css}</style>`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    background: 'rgba(0,0,0,0)',
    font: { loadSystemFonts: false },
  });
  return resvg.render().asPng();
}

export function makeIcons(dir: string = outDir): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: Buffer) => {
    writeFileSync(join(dir, name), data);
    written.push(name);
  };
  // App icon.
  const rendered = new Map<number, Buffer>();
  for (const size of [16, 20, 24, 32, 48, 64, 128, 256, 512, 1024])
    rendered.set(size, render(VARIANTS.app, size));
  const app = (size: number): Buffer => {
    const png = rendered.get(size);
    if (!png) throw new Error(`no ${String(size)} px app icon`);
    return png;
  };
  write('icon-512.png', app(512));
  write('icon-1024.png', app(1024));
  write('icon.ico', ico([16, 24, 32, 48, 64, 128, 256].map((s): [number, Buffer] => [s, app(s)])));
  write(
    'icon.icns',
    icns([
      ['icp4', app(16)],
      ['icp5', app(32)],
      ['ic07', app(128)],
      ['ic08', app(256)],
      ['ic09', app(512)],
      ['ic10', app(1024)],
      ['ic11', app(32)],
      ['ic12', app(64)],
      ['ic13', app(256)],
      ['ic14', app(512)],
    ]),
  );
  for (const [suffix, due] of [
    ['', ''],
    ['-due', DUE],
  ] as const) {
    // macOS template images: 16 pt, @2x for Retina. "Template" in the name marks them.
    write(`tray${suffix}Template.png`, render(VARIANTS.trayTemplate + due, 16));
    write(`tray${suffix}Template@2x.png`, render(VARIANTS.trayTemplate + due, 32));
    // Windows: one .ico holding the sizes the notification area picks from.
    const win: [number, Buffer][] = [];
    for (const s of [16, 20, 24, 32]) win.push([s, render(VARIANTS.tray + due, s)]);
    write(`tray${suffix}.ico`, ico(win));
    // Linux AppIndicator: colour PNGs.
    for (const s of [22, 24]) write(`tray${suffix}-${s}.png`, render(VARIANTS.tray + due, s));
  }
  return written;
}

/** An .ico file holding PNG images (supported since Windows Vista). */
function ico(images: readonly [number, Buffer][]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], i) => {
    const e = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, e);
    header.writeUInt8(size >= 256 ? 0 : size, e + 1);
    header.writeUInt16LE(1, e + 4); // colour planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

/** An .icns file of PNG-encoded entries. */
function icns(entries: readonly [string, Buffer][]): Buffer {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const total = 8 + chunks.reduce((n, c) => n + c.length, 0);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(total, 4);
  return Buffer.concat([head, ...chunks]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = makeIcons();
  console.log(`wrote ${files.length} icons to ${outDir}`);
}
