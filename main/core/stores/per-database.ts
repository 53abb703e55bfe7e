// One store per open database: its prepared statements are made once and reused by every
// handler and the tray, however often they ask.

import type { Database } from 'better-sqlite3-multiple-ciphers';

export function perDatabase<T>(create: (db: Database) => T): (db: Database) => T {
  const made = new WeakMap<Database, T>();
  return (db) => {
    let store = made.get(db);
    if (store === undefined) {
      store = create(db);
      made.set(db, store);
    }
    return store;
  };
}
