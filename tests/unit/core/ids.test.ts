import { describe, expect, test } from 'vitest';
import { uuidv7 } from '../../../main/core/ids.ts';

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  test('is a version 7 UUID whose first 48 bits are the time', () => {
    const id = uuidv7(Date.parse('2026-03-10T12:00:00Z'));
    expect(id).toMatch(FORMAT);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(
      Date.parse('2026-03-10T12:00:00Z'),
    );
  });

  test('ids sort in creation order, even many within one millisecond', () => {
    const t = Date.parse('2026-03-10T12:00:00Z');
    const ids = Array.from({ length: 5000 }, (_, i) => uuidv7(t + Math.floor(i / 1000)));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(FORMAT);
  });
});
