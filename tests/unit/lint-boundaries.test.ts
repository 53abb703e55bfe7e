// The process split is enforced by ESLint. These probes put a forbidden import in each part
// of the tree and check that lint refuses it (and allows the same import where it belongs).

import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, test } from 'vitest';

const root = process.cwd();
const probes: string[] = [];
afterAll(() => {
  for (const p of probes) rmSync(p, { force: true });
});

async function lintProbe(relativePath: string, source: string): Promise<string[]> {
  const file = join(root, relativePath);
  probes.push(file);
  writeFileSync(file, source);
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.includes('no-restricted-imports'))
    .map((m) => m.message);
}

describe('process split (lint)', () => {
  test.each([
    [
      'renderer/src/__probe_contract.ts',
      "import { contract } from '../../shared/contract.ts';\nexport const x = contract;\n",
      /Import only types from the contract/,
    ],
    [
      'main/core/__probe_electron.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
      /Only main\/shell may import electron/,
    ],
    [
      'shared/__probe_node.ts',
      "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
      /shared\/ must not import Node built-ins/,
    ],
    [
      'shared/__probe_main.ts',
      "import { uuidv7 } from '../main/core/ids.ts';\nexport const x = uuidv7;\n",
      /shared\/ must not import main/,
    ],
    [
      'renderer/src/__probe_main.ts',
      "import { uuidv7 } from '../../main/core/ids.ts';\nexport const x = uuidv7;\n",
      /typed IPC client/,
    ],
    [
      'renderer/src/__probe_electron.ts',
      "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n",
      /Only main\/shell may import electron/,
    ],
    [
      'main/core/__probe_shell.ts',
      "import { INVOKE_CHANNEL } from '../shell/ipc-channels.ts';\nexport const x = INVOKE_CHANNEL;\n",
      /must not depend on the Electron shell/,
    ],
  ])(
    '%s is refused',
    async (path, source, message) => {
      const messages = await lintProbe(path, source);
      expect(messages.some((m) => message.test(m))).toBe(true);
    },
    30_000,
  );

  test('the shell may import electron', async () => {
    const messages = await lintProbe(
      'main/shell/__probe_ok.ts',
      "import { app } from 'electron';\nexport const x = app;\n",
    );
    expect(messages).toEqual([]);
  }, 30_000);
});
