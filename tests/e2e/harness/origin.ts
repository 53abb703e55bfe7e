/** Where `vite preview` serves the built renderer for the e2e tests (see vite.config.ts). */
export const PREVIEW_ORIGIN = 'http://127.0.0.1:4173';
