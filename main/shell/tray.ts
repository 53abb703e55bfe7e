// The tray icon and its menu. The Tray is held for the app's lifetime (a collected Tray
// vanishes from the menu bar), and the native menu is rebuilt only when its template
// changes. Click handling per system: decisions/tray-clicks.ts.

import { join } from 'node:path';
import {
  Menu,
  Tray,
  nativeImage,
  type KeyboardEvent,
  type MenuItemConstructorOptions,
} from 'electron';
import type { TrayAction } from '../core/tray/tray-actions.ts';
import type { TrayState } from '../core/tray/tray-state.ts';
import { trayIconFile } from './decisions/tray-icon.ts';
import { keepsMenuAttached, trayClickResponse, type TrayClick } from './decisions/tray-clicks.ts';
import {
  templateKey,
  trayMenuTemplate,
  trayTooltip,
  type TrayMenuItem,
} from './decisions/tray-menu.ts';

export class TrayController {
  private readonly tray: Tray;
  private readonly platform = process.platform;
  private popMenu: (() => void) | null = null;
  private menuKey = '';
  private iconKey = '';

  constructor(
    private readonly iconDir: string,
    private readonly onAction: (action: TrayAction) => void,
    private readonly onToggleQuick: () => void,
  ) {
    this.tray = new Tray(this.icon(false));
    this.tray.setToolTip('Nuzzle');
    this.tray.on('click', (event: KeyboardEvent) =>
      this.clicked(event.ctrlKey === true ? 'ctrl-left' : 'left'),
    );
    this.tray.on('right-click', () => this.clicked('right'));
  }

  private clicked(click: TrayClick): void {
    const response = trayClickResponse(this.platform, click);
    if (response === 'toggle-quick') this.onToggleQuick();
    if (response === 'pop-menu') this.popMenu?.();
  }

  bounds() {
    return this.tray.getBounds();
  }

  private icon(due: boolean) {
    const image = nativeImage.createFromPath(join(this.iconDir, trayIconFile(this.platform, due)));
    if (this.platform === 'darwin') image.setTemplateImage(true);
    return image;
  }

  update(state: TrayState): void {
    const template = trayMenuTemplate(state, this.platform);
    const key = templateKey(template);
    if (key !== this.menuKey) {
      const menu = Menu.buildFromTemplate(template.map((item) => this.toNative(item)));
      this.popMenu = () => this.tray.popUpContextMenu(menu);
      // Attached, the menu opens on every left click too: only where clicks don't arrive.
      if (keepsMenuAttached(this.platform)) this.tray.setContextMenu(menu);
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
