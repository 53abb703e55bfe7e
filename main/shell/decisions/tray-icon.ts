// Which tray icon file to show. macOS uses template images (black + alpha, tinted by the
// system for light/dark menu bars); Windows an .ico with the small sizes; Linux a colour PNG
// at the AppIndicator size. Each has a "due" variant with a dot.

export function trayIconFile(platform: NodeJS.Platform, due: boolean): string {
  const variant = due ? 'tray-due' : 'tray';
  switch (platform) {
    case 'darwin':
      // "Template" in the name tells Electron to treat it as a template image; @2x is picked up.
      return `${variant}Template.png`;
    case 'win32':
      return `${variant}.ico`;
    default:
      return `${variant}-24.png`;
  }
}
