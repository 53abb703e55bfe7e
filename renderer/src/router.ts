// Hash routes: the main window shows a screen, the quick window shows `#/quick`.

import { useEffect, useState } from 'react';

export type Screen =
  | 'today'
  | 'history'
  | 'notes'
  | 'commitments'
  | 'guides'
  | 'questions'
  | 'apology'
  | 'settings'
  | 'quick'
  | 'note'
  | 'onboarding';
export const SCREENS: readonly Screen[] = [
  'today',
  'history',
  'notes',
  'commitments',
  'guides',
  'questions',
  'apology',
  'settings',
  'quick',
  'note',
  'onboarding',
];

export interface Route {
  screen: Screen;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const screen = SCREENS.find((s) => s === path) ?? 'today';
  return { screen, params: new URLSearchParams(query) };
}

export function navigate(to: string): void {
  window.location.hash = to.startsWith('#') ? to : `#/${to}`;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
