// The main window and the small quick check-in window. The quick window is created hidden
// at start-up so the tray can show it instantly. Closing either keeps the app in the tray.

import { BrowserWindow, nativeTheme, screen, type Rectangle } from 'electron';
import { restoreBounds } from './decisions/window-bounds.ts';
import { APP_ORIGIN } from '../core/app-origin.ts';
import {
  mainWindowOptions,
  quickWindowOptions,
  quickWindowPosition,
  type WindowEnv,
} from './decisions/window-options.ts';
import { EVENT_CHANNEL } from './ipc-channels.ts';

const pageUrl = (route: string) => `${APP_ORIGIN}/index.html#/${route}`;

export interface BoundsStore {
  load(): unknown;
  save(bounds: Rectangle): void;
}

export class AppWindows {
  private main: BrowserWindow | null = null;
  private quick: BrowserWindow | null = null;
  private quitting = false;

  constructor(
    private readonly env: Omit<WindowEnv, 'dark'>,
    private readonly bounds: BoundsStore,
  ) {}

  private windowEnv(): WindowEnv {
    return { ...this.env, dark: nativeTheme.shouldUseDarkColors };
  }

  /** Lets windows really close when the user quits. */
  prepareToQuit(): void {
    this.quitting = true;
  }

  private keepInTray(win: BrowserWindow): void {
    win.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      win.hide();
    });
  }

  createQuickWindow(): void {
    if (this.quick && !this.quick.isDestroyed()) return;
    const win = new BrowserWindow(quickWindowOptions(this.windowEnv()));
    this.keepInTray(win);
    win.on('blur', () => win.hide());
    void win.loadURL(pageUrl('quick'));
    this.quick = win;
  }

  showQuick(route: string, trayBounds: Rectangle | null): void {
    this.createQuickWindow();
    const win = this.quick;
    if (!win) return;
    const display = trayBounds ? screen.getDisplayMatching(trayBounds) : screen.getPrimaryDisplay();
    const { x, y } = quickWindowPosition(trayBounds, display.workArea);
    win.setPosition(x, y);
    win.webContents.send(EVENT_CHANNEL, 'navigate', { route: `#/${route}` });
    win.show();
    win.focus();
  }

  showMain(route = 'today'): void {
    if (!this.main || this.main.isDestroyed()) {
      const workAreas = screen.getAllDisplays().map((d) => d.workArea);
      const saved = restoreBounds(this.bounds.load(), workAreas) ?? undefined;
      const win = new BrowserWindow(mainWindowOptions(this.windowEnv(), saved));
      this.keepInTray(win);
      // Remember size and place (debounced: move and resize fire continuously while dragging).
      let timer: NodeJS.Timeout | undefined;
      const remember = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (!win.isDestroyed() && !win.isMinimized() && !win.isMaximized())
            this.bounds.save(win.getBounds());
        }, 500);
      };
      win.on('resize', remember);
      win.on('move', remember);
      win.once('ready-to-show', () => win.show());
      void win.loadURL(pageUrl(route));
      this.main = win;
      return;
    }
    this.main.webContents.send(EVENT_CHANNEL, 'navigate', { route: `#/${route}` });
    if (this.main.isMinimized()) this.main.restore();
    this.main.show();
    this.main.focus();
  }
}

export type { Rectangle };
