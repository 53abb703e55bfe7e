import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is a static bundle: served by the app:// protocol in Electron, and by
// `vite preview` for the e2e tests. Relative base so both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  // NUZZLE_E2E_PORT: see tests/e2e/harness/origin.ts.
  preview: {
    port: Number(process.env.NUZZLE_E2E_PORT ?? 4173),
    strictPort: true,
    host: '127.0.0.1',
  },
});
