import { describe, expect, test } from 'vitest';
import { afterRenderCrash } from '../../../main/shell/decisions/crash-recovery.ts';
import { onMainWindowClose } from '../../../main/shell/decisions/close-behaviour.ts';
import { loginItemSettings, startedAtLogin } from '../../../main/shell/decisions/login-start.ts';
import { textContextMenu } from '../../../main/shell/decisions/text-context-menu.ts';
import { quickToggle, trayClickResponse } from '../../../main/shell/decisions/tray-clicks.ts';

describe('shell decisions', () => {
  test('tray clicks: toggle on macOS/Windows, menu on right click, nothing on Linux', () => {
    expect(trayClickResponse('darwin', 'left')).toBe('toggle-quick');
    expect(trayClickResponse('darwin', 'ctrl-left')).toBe('pop-menu');
    expect(trayClickResponse('win32', 'right')).toBe('pop-menu');
    expect(trayClickResponse('linux', 'left')).toBe('none');
    expect(quickToggle({ visible: false, hiddenByBlurAt: 1000, now: 1100 })).toBe('stay-hidden');
    expect(quickToggle({ visible: false, hiddenByBlurAt: 1000, now: 5000 })).toBe('show');
  });

  test('login start: no args on macOS, and wasOpenedAtLogin counts there only', () => {
    expect(loginItemSettings('darwin', true, ['--hidden'])).toEqual({ openAtLogin: true });
    expect(loginItemSettings('win32', true, ['--hidden'])).toEqual({
      openAtLogin: true,
      args: ['--hidden'],
    });
    expect(startedAtLogin({ platform: 'darwin', argv: [], openedAtLogin: true })).toBe(true);
    expect(startedAtLogin({ platform: 'win32', argv: [], openedAtLogin: true })).toBe(false);
  });

  test('crashes: three reloads in ten minutes, then give up; old crashes are forgotten', () => {
    let recent: number[] = [];
    const actions = [0, 1, 2, 3].map((i) => {
      const next = afterRenderCrash(recent, i * 1000);
      recent = next.recent;
      return next.action;
    });
    expect(actions).toEqual(['reload', 'reload', 'reload', 'give-up']);
    expect(afterRenderCrash(recent, 60 * 60_000).action).toBe('reload');
  });

  test('closing: explain once on Linux, quit when chosen', () => {
    const base = { quitting: false, quitOnClose: false, explained: false };
    expect(onMainWindowClose({ ...base, platform: 'linux' })).toBe('hide-and-explain');
    expect(onMainWindowClose({ ...base, platform: 'darwin' })).toBe('hide');
    expect(onMainWindowClose({ ...base, platform: 'linux', quitOnClose: true })).toBe('quit');
  });

  test('text menu: suggestions first, then the edit actions', () => {
    const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
    const menu = textContextMenu({
      isEditable: true,
      selectionText: '',
      misspelledWord: 'tust',
      dictionarySuggestions: ['trust', 'just'],
      editFlags: flags,
    });
    expect(menu.map((i) => ('label' in i ? i.label : '—'))).toEqual([
      'trust',
      'just',
      '—',
      'Cut',
      'Copy',
      'Paste',
      '—',
      'Select All',
    ]);
    const page = { isEditable: false, selectionText: '', misspelledWord: '' };
    expect(textContextMenu({ ...page, dictionarySuggestions: [], editFlags: flags })).toEqual([]);
  });
});
