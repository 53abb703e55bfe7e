// The app's own origin: the renderer is served from app://nuzzle/ in Electron, and the shell's
// own calls into the core (tray actions) carry it too. Always trusted by the core.
export const APP_SCHEME = 'app';
export const APP_HOST = 'nuzzle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
