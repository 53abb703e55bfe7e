// The right-click menu of the app's pages: text editing and local spelling suggestions.

import { BrowserWindow, Menu, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { textContextMenu, type TextMenuItem } from './decisions/text-context-menu.ts';

function toNative(item: TextMenuItem, contents: WebContents): MenuItemConstructorOptions {
  if (item.kind === 'separator') return { type: 'separator' };
  if (item.kind === 'suggestion') {
    return { label: item.label, click: () => contents.replaceMisspelling(item.word) };
  }
  return { label: item.label, role: item.role, enabled: item.enabled };
}

export function attachTextContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items = textContextMenu(params);
    if (items.length === 0) return;
    const menu = Menu.buildFromTemplate(items.map((item) => toNative(item, contents)));
    const win = BrowserWindow.fromWebContents(contents);
    menu.popup(win ? { window: win } : {});
  });
}
