// The recovery key: 160 random bits written as eight groups of four in Crockford's base32
// (no I, L, O or U), e.g. `7KQM-2XHD-…`, easy to print, copy or read back without mistakes.

import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 8;
const GROUP = 4;

export function newRecoveryKey(): string {
  const chars = Array.from(randomBytes(GROUPS * GROUP), (b) => ALPHABET[b & 31] ?? '0');
  return groupsOf(chars.join(''));
}

function groupsOf(plain: string): string {
  const out: string[] = [];
  for (let i = 0; i < GROUPS; i += 1) out.push(plain.slice(i * GROUP, (i + 1) * GROUP));
  return out.join('-');
}

/** A typed or pasted recovery key in canonical form, or null if it can't be one. */
export function normalizeRecoveryKey(typed: string): string | null {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
  if (plain.length !== GROUPS * GROUP || !/^[0-9A-HJKMNP-TV-Z]+$/.test(plain)) return null;
  return groupsOf(plain);
}
