// The product's voice, checked where it can be: no words anywhere a person reads (screens,
// tray, notifications, errors, guides) that watch, keep score, press a streak, shame a gap,
// patronise, or speak like a machine. Each phrase below was once in the app; the list keeps
// them out. Comments are skipped; the apology builder's own patterns are not copy.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './originality.ts';

const ROOTS = ['renderer/src', 'renderer/guides', 'shared', 'main/core', 'main/shell'];
const SKIP = new Set(['shared/apology-lint.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(?:ts|tsx|md)$/.test(name) ? [path] : [];
  });
}

/** The file without its comments (a rough cut is enough: copy never starts with "//"). */
function withoutComments(text: string, path: string): string {
  if (path.endsWith('.md')) return text;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const sources = ROOTS.flatMap((root) => files(join(repoRoot, root)))
  .map((path) => ({ path: relative(repoRoot, path).replaceAll('\\', '/'), path_: path }))
  .filter(({ path }) => !SKIP.has(path))
  .map(({ path, path_ }) => ({ path, text: withoutComments(readFileSync(path_, 'utf8'), path) }));

const NEVER: [what: string, pattern: RegExp][] = [
  ['watching framing', /\b(?:can|could|will) watch you\b|watch you keep|keeping it is visible/i],
  ['a named partner’s status in the tray', /:\s*not yet today/i],
  ['streak pressure', /carry it on\b|count against your|don'?t break (?:the|your)|streak/i],
  ['guilt over a gap', /it[’']s been a (?:few days|little while)|you haven[’']t checked in/i],
  ['patronising praise', /well done|good job|great job/i],
  ['machine talk', /not connected\.|id is not one|takes no data|not part of this Nuzzle/i],
  ['machine talk', /Unexpected field|expected shape|either (?:on or off|there or not|read or not)/],
  ['scorekeeping', /\d+ written, \d+ received|\bwritten vs\.? received\b/i],
];

test('the scan finds the app’s copy', () => {
  expect(sources.length).toBeGreaterThan(100);
  expect(sources.some((s) => s.path === 'main/shell/decisions/tray-menu.ts')).toBe(true);
});

describe.each(NEVER)('no %s', (_what, pattern) => {
  test(String(pattern), () => {
    const hits = sources.flatMap(({ path, text }) =>
      text
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => pattern.test(line))
        .map(([line, i]) => `${path}:${String(i + 1)}: ${line.trim().slice(0, 120)}`),
    );
    expect(hits).toEqual([]);
  });
});
