// App-wide guards: no navigation away from the app, no new windows, no webviews, every
// permission request denied, and external links only to the https allowlist.

import { app, session, shell } from 'electron';
import { APP_ORIGIN } from '../core/app-origin.ts';
import { isAllowedExternalUrl } from './decisions/external-links.ts';

function isAppPage(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

export function applySecurityPolicy(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      // In-app hash routes are fine; anything else is not.
      if (!isAppPage(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppPage(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
