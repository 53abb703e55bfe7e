// The tray icon and its menu. The Tray is held for the app's lifetime (a collected Tray
// vanishes from the menu bar), a context menu is always set (Linux AppIndicator ignores
// clicks), and the native menu is rebuilt only when its template changes.

import { join } from 'node:path';
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction } from '../core/tray/tray-actions.ts';
import type { TrayState } from '../core/tray/tray-state.ts';
import { trayIconFile } from './decisions/tray-icon.ts';
import {
  templateKey,
  trayMenuTemplate,
  trayTooltip,
  type TrayMenuItem,
} from './decisions/tray-menu.ts';

export class TrayController {
  private readonly tray: Tray;
  private menuKey = '';
  private iconKey = '';

  constructor(
    private readonly iconDir: string,
    private readonly onAction: (action: TrayAction) => void,
  ) {
    this.tray = new Tray(this.icon(false));
    this.tray.setToolTip('Nuzzle');
    // Windows and macOS: a left click opens the quick check-in; the menu stays on right click.
    this.tray.on('click', () => this.onAction({ kind: 'open-quick' }));
  }

  bounds() {
    return this.tray.getBounds();
  }

  private icon(due: boolean) {
    const image = nativeImage.createFromPath(
      join(this.iconDir, trayIconFile(process.platform, due)),
    );
    if (process.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }

  update(state: TrayState): void {
    const template = trayMenuTemplate(state);
    const key = templateKey(template);
    if (key !== this.menuKey) {
      this.tray.setContextMenu(Menu.buildFromTemplate(template.map((item) => this.toNative(item))));
      this.menuKey = key;
    }
    const iconKey = String(state.due);
    if (iconKey !== this.iconKey) {
      this.tray.setImage(this.icon(state.due));
      this.iconKey = iconKey;
    }
    this.tray.setToolTip(trayTooltip(state));
  }

  private toNative(item: TrayMenuItem): MenuItemConstructorOptions {
    const { action } = item;
    return {
      ...(item.label !== undefined ? { label: item.label } : {}),
      type: item.type ?? 'normal',
      enabled: item.enabled ?? true,
      ...(item.submenu ? { submenu: item.submenu.map((child) => this.toNative(child)) } : {}),
      ...(action ? { click: () => this.onAction(action) } : {}),
    };
  }

  destroy(): void {
    this.tray.destroy();
  }
}
