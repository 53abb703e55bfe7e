// The SQLite driver whose Electron build `npm start` and `npm run dist` prepare. One name
// here, so swapping drivers with the same API (better-sqlite3-multiple-ciphers) is one line.
export const SQLITE_DRIVER = 'better-sqlite3-multiple-ciphers';
/** The compiled addon both drivers build (binding.gyp's target name). */
export const SQLITE_ADDON = 'better_sqlite3.node';
