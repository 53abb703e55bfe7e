// Bundles the Electron main process and the preload to CommonJS in dist/main/.
// better-sqlite3-multiple-ciphers stays external (a native module); electron is provided by the runtime.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
};

await Promise.all([
  build({ ...common, entryPoints: ['main/shell/index.ts'], outfile: 'dist/main/index.cjs' }),
  build({ ...common, entryPoints: ['main/shell/preload.ts'], outfile: 'dist/main/preload.cjs' }),
]);
console.log('built dist/main/index.cjs and dist/main/preload.cjs');
