// What closing the main window does. macOS and Windows always show the tray icon, so the
// app stays there. Linux may have no tray host (GNOME without the AppIndicator extension),
// and Electron cannot tell: the first close there says where Nuzzle went and offers
// "Quit when I close the window", which the app menu also carries.

export function onMainWindowClose(input: {
  platform: NodeJS.Platform;
  quitting: boolean;
  quitOnClose: boolean;
  explained: boolean;
}): 'close' | 'quit' | 'hide' | 'hide-and-explain' {
  if (input.quitting) return 'close';
  if (input.quitOnClose) return 'quit';
  if (input.platform === 'linux' && !input.explained) return 'hide-and-explain';
  return 'hide';
}

export const CLOSED_WINDOW_TEXT = {
  title: 'Nuzzle',
  message: 'Nuzzle keeps running after you close the window',
  detail:
    'If your desktop shows a Nuzzle icon in the tray, click it to check in or open this window. ' +
    'If it shows none, start Nuzzle again from your apps: the window comes right back.',
  buttons: ['Keep Nuzzle running', 'Quit when I close the window'],
} as const;

export const QUIT_ON_CLOSE_LABEL = 'Quit when I close the window';
