// The main window and the small quick check-in window. The quick window is created hidden
// at start-up so the tray can show it instantly. Closing either keeps the app in the tray
// (decisions/close-behaviour.ts); a crashed page reloads (window-care.ts).

import { BrowserWindow, nativeTheme, screen, type Rectangle } from 'electron';
import { restoreBounds } from './decisions/window-bounds.ts';
import { APP_ORIGIN } from '../core/app-origin.ts';
import {
  mainWindowOptions,
  quickWindowOptions,
  quickWindowPosition,
  type WindowEnv,
} from './decisions/window-options.ts';
import { onMainWindowClose } from './decisions/close-behaviour.ts';
import { quickToggle } from './decisions/tray-clicks.ts';
import { EVENT_CHANNEL } from './ipc-channels.ts';
import { recoverFromCrashes } from './window-care.ts';

const pageUrl = (route: string) => `${APP_ORIGIN}/index.html#/${route}`;

export interface BoundsStore {
  load(): unknown;
  save(bounds: Rectangle): void;
}

export interface CloseHooks {
  quitOnClose(): boolean;
  explained(): boolean;
  /** The first close on a desktop that may lack a tray: say where Nuzzle went. */
  explain(): void;
  quit(): void;
  /** Windows shutdown or log-off: before-quit never comes, so clean up here. */
  sessionEnd(): void;
}

export class AppWindows {
  private main: BrowserWindow | null = null;
  private quick: BrowserWindow | null = null;
  private quitting = false;
  private quickHiddenByBlurAt: number | null = null;

  constructor(
    private readonly env: Omit<WindowEnv, 'dark'>,
    private readonly bounds: BoundsStore,
    private readonly hooks: CloseHooks,
  ) {}

  private windowEnv(): WindowEnv {
    return { ...this.env, dark: nativeTheme.shouldUseDarkColors };
  }

  /** Lets windows really close when the user quits. */
  prepareToQuit(): void {
    this.quitting = true;
  }

  private watch(win: BrowserWindow, route: string): void {
    win.on('session-end', () => this.hooks.sessionEnd());
    recoverFromCrashes(win, () => pageUrl(route));
  }

  createQuickWindow(): void {
    if (this.quick && !this.quick.isDestroyed()) return;
    const win = new BrowserWindow(quickWindowOptions(this.windowEnv()));
    win.on('close', (event) => {
      if (this.quitting) return;
      event.preventDefault();
      win.hide();
    });
    win.on('blur', () => {
      if (!win.isVisible()) return;
      this.quickHiddenByBlurAt = Date.now();
      win.hide();
    });
    this.watch(win, 'quick');
    void win.loadURL(pageUrl('quick'));
    this.quick = win;
  }

  /** A tray click: open the quick window, or close it if it is open (or just lost focus to the click). */
  toggleQuick(trayBounds: Rectangle | null): void {
    const visible = this.quick !== null && !this.quick.isDestroyed() && this.quick.isVisible();
    const next = quickToggle({
      visible,
      hiddenByBlurAt: this.quickHiddenByBlurAt,
      now: Date.now(),
    });
    this.quickHiddenByBlurAt = null;
    if (next === 'hide') this.quick?.hide();
    if (next === 'show') this.showQuick('quick', trayBounds);
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

  private closeMain(win: BrowserWindow, event: Electron.Event): void {
    const next = onMainWindowClose({
      platform: this.env.platform,
      quitting: this.quitting,
      quitOnClose: this.hooks.quitOnClose(),
      explained: this.hooks.explained(),
    });
    if (next === 'close') return;
    event.preventDefault();
    if (next === 'quit') {
      this.hooks.quit();
      return;
    }
    win.hide();
    if (next === 'hide-and-explain') this.hooks.explain();
  }

  showMain(route = 'today'): void {
    if (!this.main || this.main.isDestroyed()) {
      const workAreas = screen.getAllDisplays().map((d) => d.workArea);
      const saved = restoreBounds(this.bounds.load(), workAreas) ?? undefined;
      const win = new BrowserWindow(mainWindowOptions(this.windowEnv(), saved));
      win.on('close', (event) => this.closeMain(win, event));
      this.watch(win, route);
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
