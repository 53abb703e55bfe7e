// The right-click menu of text fields: spelling suggestions (only where the checker is the
// system's own, so nothing is downloaded), then cut, copy, paste and select all.

export interface TextMenuParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export type TextMenuItem =
  | { kind: 'suggestion'; label: string; word: string }
  | { kind: 'separator' }
  | {
      kind: 'role';
      role: 'cut' | 'copy' | 'paste' | 'selectAll';
      label: string;
      enabled: boolean;
    };

export function textContextMenu(params: TextMenuParams): TextMenuItem[] {
  const hasText = params.selectionText.trim() !== '';
  if (!params.isEditable && !hasText) return [];
  const suggestions: TextMenuItem[] = params.misspelledWord
    ? params.dictionarySuggestions
        .slice(0, 5)
        .map((word) => ({ kind: 'suggestion' as const, label: word, word }))
    : [];
  const f = params.editFlags;
  const edit: TextMenuItem[] = params.isEditable
    ? [
        { kind: 'role', role: 'cut', label: 'Cut', enabled: f.canCut },
        { kind: 'role', role: 'copy', label: 'Copy', enabled: f.canCopy },
        { kind: 'role', role: 'paste', label: 'Paste', enabled: f.canPaste },
        { kind: 'separator' },
        { kind: 'role', role: 'selectAll', label: 'Select All', enabled: f.canSelectAll },
      ]
    : [{ kind: 'role', role: 'copy', label: 'Copy', enabled: f.canCopy }];
  return suggestions.length > 0 ? [...suggestions, { kind: 'separator' }, ...edit] : edit;
}

/**
 * Chromium's checker downloads Hunspell dictionaries on Linux; macOS and Windows use the
 * system's own. Off on Linux, so no network call ever leaves the app.
 */
export function spellcheckIsLocal(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}
