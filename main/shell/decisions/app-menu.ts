// The application menu, following each platform's conventions: the macOS app menu and an
// Edit menu everywhere (so copy and paste work in text fields).

import type { MenuItemConstructorOptions } from 'electron';

import { QUIT_ON_CLOSE_LABEL } from './close-behaviour.ts';

export interface QuitOnCloseChoice {
  checked: boolean;
  toggle: (checked: boolean) => void;
}

export function appMenuTemplate(
  platform: NodeJS.Platform,
  quitOnClose?: QuitOnCloseChoice,
): MenuItemConstructorOptions[] {
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  if (platform === 'darwin') {
    return [
      {
        label: 'Nuzzle',
        submenu: [
          { role: 'about' },
          { type: 'separator' },
          { role: 'hide' },
          { role: 'hideOthers' },
          { role: 'unhide' },
          { type: 'separator' },
          { role: 'quit' },
        ],
      },
      edit,
      view,
      window,
    ];
  }
  return [
    {
      label: 'File',
      submenu: [
        { role: 'close' },
        ...(platform === 'linux' && quitOnClose
          ? [
              {
                label: QUIT_ON_CLOSE_LABEL,
                type: 'checkbox' as const,
                checked: quitOnClose.checked,
                click: (item: { checked: boolean }) => quitOnClose.toggle(item.checked),
              },
            ]
          : []),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    edit,
    view,
    window,
  ];
}
