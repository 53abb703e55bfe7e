// The project's only fake: a stand-in for the `electron` module, loaded by the built main
// process. It records what the app does (windows, tray, menus, dialogs, login items) so a
// test can act as the user and the OS would (click the tray, blur a window, crash a page).
// Every name the app uses is checked against electron.d.ts (checked.ts).

import { EventEmitter } from 'node:events';
import { checked, checkOptions } from './checked.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MenuItemSpec {
  label?: string;
  type?: string;
  role?: string;
  checked?: boolean;
  enabled?: boolean;
  click?: (item: { checked: boolean }) => void;
  submenu?: MenuItemSpec[];
}

export class FakeMenu {
  constructor(readonly items: MenuItemSpec[]) {}
  popup(): void {
    world.poppedMenus.push(this);
  }
  labels(): string[] {
    return this.items.map((i) => i.label ?? (i.type === 'separator' ? '—' : (i.role ?? '')));
  }
  click(label: string): void {
    const item = this.items.find((i) => i.label === label);
    if (!item?.click)
      throw new Error(`no clickable menu item "${label}" in ${this.labels().join(', ')}`);
    item.click({ checked: !(item.checked ?? false) });
  }
}

export class FakeWebContents extends EventEmitter {
  readonly sent: unknown[][] = [];
  readonly mainFrame = { url: '' };
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  replaceMisspelling(word: string): void {
    this.sent.push(['replaceMisspelling', word]);
  }
  setWindowOpenHandler(): void {}
}

export class FakeWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  readonly loaded: string[] = [];
  visible = false;
  destroyed = false;
  focused = false;
  position = { x: 0, y: 0 };
  /** The page's area; the frame (a title bar) adds to it unless the window is frameless. */
  content = { width: 800, height: 600 };
  constructor(readonly options: Record<string, unknown>) {
    super();
    const { width, height } = options;
    if (typeof width === 'number' && typeof height === 'number') {
      // Without useContentSize, width and height are the outer size.
      const frame = options.useContentSize === true ? { width: 0, height: 0 } : this.frame();
      this.content = { width: width - frame.width, height: height - frame.height };
    }
    checkOptions('BrowserWindowConstructorOptions', options);
    if (options.webPreferences) checkOptions('WebPreferences', options.webPreferences);
    const contents = new FakeWebContents();
    this.webContents = contents;
    world.windows.push(this);
    app.emit('web-contents-created', {}, checked('WebContents', contents));
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    setImmediate(() => this.emit('ready-to-show'));
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.focused = false;
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  restore(): void {}
  setPosition(x: number, y: number): void {
    this.position = { x, y };
  }
  private frame(): { width: number; height: number } {
    return this.options.frame === false ? { width: 0, height: 0 } : { width: 2, height: 30 };
  }
  getSize(): number[] {
    const frame = this.frame();
    return [this.content.width + frame.width, this.content.height + frame.height];
  }
  getContentSize(): number[] {
    return [this.content.width, this.content.height];
  }
  setContentSize(width: number, height: number): void {
    this.content = { width, height };
  }
  getBounds(): Rect {
    const [width = 0, height = 0] = this.getSize();
    return { ...this.position, width, height };
  }
  /** The page's layout changed: Chromium reports the size it needs (preferred-size mode). */
  pageWants(height: number, width = 360): void {
    const prefs = this.options.webPreferences as Record<string, unknown> | undefined;
    if (prefs?.enablePreferredSizeMode !== true) return;
    this.webContents.emit('preferred-size-changed', {}, { width, height });
  }
  /** The app closes it (as the window's own button would). */
  close(): void {
    this.userCloses();
  }
  /** The user closes it with the window's own button. */
  userCloses(): void {
    const close = { prevented: false };
    this.emit('close', { preventDefault: () => (close.prevented = true) });
    if (!close.prevented) {
      this.visible = false;
      this.destroyed = true;
      this.emit('closed');
    }
  }
  /** Focus moves elsewhere (another app, or a click on the tray icon). */
  loseFocus(): void {
    this.focused = false;
    this.emit('blur');
  }
  crash(reason = 'crashed'): void {
    this.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  }
}

export class FakeTray extends EventEmitter {
  contextMenu: FakeMenu | null = null;
  tooltip = '';
  image: unknown;
  popped: FakeMenu[] = [];
  constructor(image: unknown) {
    super();
    this.image = image;
    world.trays.push(this);
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  popUpContextMenu(menu?: FakeMenu): void {
    if (menu) this.popped.push(menu);
  }
  getBounds(): Rect {
    return world.trayBounds;
  }
  destroyed = false;
  destroy(): void {
    this.destroyed = true;
    world.trayDestroyed = true;
  }
}

export class FakeNotification extends EventEmitter {
  constructor(readonly options: Record<string, unknown>) {
    super();
    checkOptions('NotificationConstructorOptions', options);
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    world.notifications.push(this);
  }
  close(): void {
    world.notifications = world.notifications.filter((n) => n !== this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  private readyResolve: () => void = () => undefined;
  private readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  whenReady(): Promise<void> {
    return this.ready;
  }
  becomeReady(): void {
    this.readyResolve();
    this.emit('ready');
  }
  requestSingleInstanceLock(): boolean {
    return !world.anotherInstanceRunning;
  }
  setAppUserModelId(): void {}
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`getPath(${name}) not faked`);
    return world.userData;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getAppPath(): string {
    return '/opt/Nuzzle/resources/app.asar';
  }
  setLoginItemSettings(settings: Record<string, unknown>): void {
    checkOptions('Settings', settings);
    world.loginItem = settings;
  }
  getLoginItemSettings(): Record<string, unknown> {
    return {
      openAtLogin: world.loginItem.openAtLogin ?? false,
      wasOpenedAtLogin: world.openedAtLogin,
    };
  }
  quit(): void {
    world.quitRequested = true;
    this.emit('before-quit', { preventDefault: () => undefined });
    for (const win of world.windows) win.userCloses();
    this.emit('will-quit', { preventDefault: () => undefined });
    world.exited = true;
  }
  exit(code: number): void {
    world.exitCode = code;
    world.exited = true;
  }
}

/** The one display: a laptop with a menu bar on top unless a test picks another. */
export const LAPTOP: Rect = { x: 0, y: 25, width: 1440, height: 875 };
export const MENU_BAR_TRAY: Rect = { x: 1200, y: 0, width: 22, height: 22 };
const displays = () => [{ id: 1, workArea: world.workArea }];

export const world = {
  userData: '',
  anotherInstanceRunning: false,
  openedAtLogin: false,
  trayBounds: MENU_BAR_TRAY,
  workArea: LAPTOP,
  windows: [] as FakeWindow[],
  trays: [] as FakeTray[],
  poppedMenus: [] as FakeMenu[],
  notifications: [] as FakeNotification[],
  dialogs: [] as Record<string, unknown>[],
  dialogAnswer: 0,
  appMenu: null as FakeMenu | null,
  loginItem: {} as Record<string, unknown>,
  protocolHandler: null as ((request: Request) => Promise<Response>) | null,
  ipcHandler: null as ((event: unknown, ...args: unknown[]) => unknown) | null,
  trayDestroyed: false,
  quitRequested: false,
  exited: false,
  exitCode: null as number | null,
  /** Seconds since the last input, as the OS would tell (powerMonitor.getSystemIdleTime). */
  idleSeconds: 0,
  /** Linux's safeStorage backend ('basic_text' is no real keyring). */
  keyringBackend: 'gnome_libsecret',
};

export const app = new FakeApp();
/** The OS's power events (sleep, wake, screen lock): tests emit them. */
export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleTime: () => world.idleSeconds,
});
// A reversible stand-in for the OS secret store: enough to tell wrapped from plain.
const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => world.keyringBackend,
  encryptString: (plain: string) => Buffer.from(`sealed:${plain}`).reverse(),
  decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString().slice(7),
};
export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

function menuFromTemplate(template: MenuItemSpec[]): FakeMenu {
  for (const item of template) {
    checkOptions('MenuItemConstructorOptions', item);
    if (item.submenu) menuFromTemplate(item.submenu);
  }
  return checked('Menu', new FakeMenu(template), ['items', 'labels', 'click']);
}

const raw = {
  app: checked('App', app),
  powerMonitor: checked('PowerMonitor', powerMonitor),
  safeStorage: checked('SafeStorage', safeStorage),
  nativeTheme: checked('NativeTheme', nativeTheme),
  BrowserWindow: checked(
    'BrowserWindow',
    Object.assign(
      function BrowserWindow(options: Record<string, unknown>) {
        return checked('BrowserWindow', new FakeWindow(options));
      },
      {
        getAllWindows: () => world.windows.filter((w) => !w.destroyed),
        fromWebContents: (contents: FakeWebContents) =>
          world.windows.find((w) => w.webContents === contents) ?? null,
      },
    ),
  ),
  Tray: function Tray(image: unknown) {
    return checked('Tray', new FakeTray(image));
  },
  Notification: checked(
    'Notification',
    Object.assign(
      function Notification(options: Record<string, unknown>) {
        return checked('Notification', new FakeNotification(options));
      },
      { isSupported: () => true },
    ),
  ),
  Menu: checked('Menu', {
    buildFromTemplate: menuFromTemplate,
    setApplicationMenu: (menu: FakeMenu | null) => (world.appMenu = menu),
  }),
  nativeImage: checked('NativeImage', {
    createFromPath: (path: string) =>
      checked('NativeImage', {
        path,
        template: false,
        setTemplateImage() {
          this.template = true;
        },
      }),
  }),
  screen: checked('Screen', {
    getDisplayMatching: () => displays()[0],
    getPrimaryDisplay: () => displays()[0],
    getAllDisplays: displays,
  }),
  protocol: checked('Protocol', {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: (request: Request) => Promise<Response>) =>
      (world.protocolHandler = handler),
  }),
  ipcMain: checked('IpcMain', {
    handle: (_channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      (world.ipcHandler = handler),
    removeHandler: () => (world.ipcHandler = null),
  }),
  dialog: checked('Dialog', {
    showErrorBox: (title: string, content: string) => world.dialogs.push({ title, content }),
    showMessageBox: (...args: unknown[]) => {
      const options = args[args.length - 1] as Record<string, unknown>;
      checkOptions('MessageBoxOptions', options);
      world.dialogs.push(options);
      return Promise.resolve({ response: world.dialogAnswer, checkboxChecked: false });
    },
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
  }),
  session: {
    defaultSession: checked('Session', {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
    }),
  },
  shell: checked('Shell', { openExternal: () => Promise.resolve() }),
};

/** The module object `require('electron')` returns; top-level names are checked too. */
export const electronModule = checked('CrossProcessExports', raw);
