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
import { quickContentSize, type Size } from './decisions/quick-size.ts';
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
  /** Where the tray icon was when the quick window last opened (it grows from there). */
  private quickTray: Rectangle | null = null;

  constructor(
    private readonly env: Omit<WindowEnv, 'dark'>,
    private readonly bounds: BoundsStore,
    private readonly hooks: CloseHooks,
  ) {}

  private windowEnv(): WindowEnv {
    return { ...this.env, dark: nativeTheme.shouldUseDarkColors };
  }

  /** Closes both windows for good (a sealed start's windows, once the data is open). */
  closeAll(): void {
    this.quitting = true;
    for (const win of [this.main, this.quick]) if (win && !win.isDestroyed()) win.close();
    this.main = null;
    this.quick = null;
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
    // The page says how tall it wants to be (preferred-size mode): fit it, even while hidden,
    // so the window opens at the right size.
    win.webContents.on('preferred-size-changed', (_event, preferred) =>
      this.fitQuick(win, preferred),
    );
    this.watch(win, 'quick');
    void win.loadURL(pageUrl('quick'));
    this.quick = win;
  }

  private quickDisplay() {
    return this.quickTray ? screen.getDisplayMatching(this.quickTray) : screen.getPrimaryDisplay();
  }

  private fitQuick(win: BrowserWindow, preferred: Size): void {
    if (win.isDestroyed()) return;
    const [outerW = 0, outerH = 0] = win.getSize();
    const [contentW = 0, contentH = 0] = win.getContentSize();
    const frame = { width: outerW - contentW, height: outerH - contentH };
    const next = quickContentSize(preferred, this.quickDisplay().workArea, frame);
    if (next.width === contentW && next.height === contentH) return;
    win.setContentSize(next.width, next.height);
    if (win.isVisible()) this.placeQuick(win);
  }

  /** Next to the tray icon (growing away from it), inside the display's work area. */
  private placeQuick(win: BrowserWindow): void {
    const [width = 0, height = 0] = win.getSize();
    const { x, y } = quickWindowPosition(this.quickTray, this.quickDisplay().workArea, {
      width,
      height,
    });
    win.setPosition(x, y);
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
    this.quickTray = trayBounds;
    this.placeQuick(win);
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
