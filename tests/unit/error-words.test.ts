// What a person reads when something fails: Nuzzle's own sentence, or one plain line — never
// a programmer's English from a bug or a broken bridge.

import { expect, test } from 'vitest';
import { CallFailed, UNEXPECTED_ERROR, errorWords } from '../../shared/call-failed.ts';

test('a message Nuzzle wrote is shown as written', () => {
  const said = 'Nuzzle doesn’t know who that is. Choose who you are and try again.';
  expect(errorWords(new CallFailed({ code: 'bad-request', message: said }))).toBe(said);
});

test.each([
  new TypeError("Cannot read properties of undefined (reading 'id')"),
  new Error("Error invoking remote method 'nuzzle:invoke': reply was never sent"),
  'a bare string',
  undefined,
])('anything else reads as one plain, kind sentence: %s', (thrown) => {
  const words = errorWords(thrown);
  expect(words).toBe(UNEXPECTED_ERROR);
  expect(words).not.toMatch(/undefined|invoke|Error|string/);
});
