// Serves the built renderer over app://nuzzle/ (not file://): a real origin for the CSP and
// the IPC sender check, with path-traversal protection in resolveAppRequest.

import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from '../core/app-origin.ts';
import { resolveAppRequest, securityHeaders } from './decisions/app-request.ts';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } },
  ]);
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAppRequest(root, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.file);
      return new Response(body, { headers: securityHeaders(resolved.contentType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
