/**
 * Where `vite preview` serves the built renderer for the e2e tests (see vite.config.ts).
 * NUZZLE_E2E_PORT moves it, so two checkouts on one machine can run their suites at once.
 */
export const PREVIEW_PORT = Number(process.env.NUZZLE_E2E_PORT ?? 4173);
export const PREVIEW_ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
