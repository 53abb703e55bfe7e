// Wraps a fake object so every property the app reads, and every event it listens to, must
// exist on the named type in electron.d.ts (and on the current platform).

import { electronNames } from './electron-names.ts';

export const unknownNames: string[] = [];
export const platformNotes: string[] = [];

// Node's own EventEmitter and JS plumbing, which the .d.ts declares through NodeJS types.
const ALWAYS = new Set([
  'then',
  'constructor',
  'toJSON',
  'emit',
  'on',
  'once',
  'off',
  'addListener',
  'removeListener',
  'removeAllListeners',
  'listeners',
  'listenerCount',
  'setMaxListeners',
  // Function plumbing (esbuild's interop reads these from constructors).
  'prototype',
  'name',
  'length',
  'default',
  '__esModule',
]);

function check(typeName: string, name: string): void {
  const type = electronNames().get(typeName);
  if (!type) throw new Error(`electron.d.ts has no type ${typeName}`);
  if (ALWAYS.has(name) || name.startsWith('__')) return;
  if (!type.members.has(name)) unknownNames.push(`${typeName}.${name}`);
  const only = type.platformOnly.get(name);
  if (only && !only.includes(process.platform)) {
    platformNotes.push(`${typeName}.${name} is ${only.join('/')} only (on ${process.platform})`);
  }
}

export function checkEvent(typeName: string, event: string): void {
  const type = electronNames().get(typeName);
  if (!type?.events.has(event)) unknownNames.push(`${typeName} event '${event}'`);
}

export function checked<T extends object>(typeName: string, target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === 'string') check(typeName, key);
      if ((key === 'on' || key === 'once') && typeof key === 'string') {
        return (event: string, listener: (...args: unknown[]) => void) => {
          checkEvent(typeName, event);
          (obj as unknown as NodeJS.EventEmitter)[key](event, listener);
          return receiver as unknown;
        };
      }
      const value: unknown = Reflect.get(obj, key, obj);
      // Class methods run on the raw object (private fields); own functions (constructors
      // with statics, plain-object methods) are handed out as they are.
      const isMethod = typeof value === 'function' && !Object.hasOwn(obj, key);
      return isMethod ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}

/** Option objects: every key must be a member of the named options interface. */
export function checkOptions(typeName: string, options: object): void {
  for (const key of Object.keys(options)) check(typeName, key);
}
