// The work a committed change sets off runs once per turn, however many changes the turn held,
// and one failing step neither stops the others nor the next turn.

import { describe, expect, test } from 'vitest';
import { createAfterChanges } from '../../../main/core/after-changes.ts';
import { nextTurn } from './temp-core.ts';

function counted(failing: 'replan' | 'ship' | 'mark' | null = null) {
  const ran = { replan: 0, ship: 0, mark: 0 };
  const errors: unknown[] = [];
  const step = (name: keyof typeof ran) => () => {
    ran[name] += 1;
    if (name === failing) throw new Error(`${name} broke`);
  };
  const after = createAfterChanges({
    replan: step('replan'),
    ship: step('ship'),
    mark: step('mark'),
    onError: (e) => errors.push(e),
  });
  return { after, ran, errors };
}

describe('after changes', () => {
  test('a burst of changes re-plans, ships and marks once, on the next turn', async () => {
    const { after, ran } = counted();
    for (let i = 0; i < 50; i++) after.note(true);
    expect(ran).toEqual({ replan: 0, ship: 0, mark: 0 });
    await nextTurn();
    expect(ran).toEqual({ replan: 1, ship: 1, mark: 1 });
    after.note(false);
    await nextTurn();
    // The reminder's own news doesn't re-plan it; it still ships and marks.
    expect(ran).toEqual({ replan: 1, ship: 2, mark: 2 });
  });

  test('a step that throws is reported, the others run, and the next change tries again', async () => {
    const { after, ran, errors } = counted('replan');
    after.note(true);
    await nextTurn();
    expect(ran).toEqual({ replan: 1, ship: 1, mark: 1 });
    expect(errors).toHaveLength(1);
    after.note(true);
    await nextTurn();
    expect(ran.replan).toBe(2);
  });

  test('closing drops what was waiting; flushing runs it now', async () => {
    const { after, ran } = counted();
    after.note(true);
    after.cancel();
    await nextTurn();
    expect(ran).toEqual({ replan: 0, ship: 0, mark: 0 });
    after.note(true);
    after.flush();
    expect(ran).toEqual({ replan: 1, ship: 1, mark: 1 });
    await nextTurn();
    expect(ran).toEqual({ replan: 1, ship: 1, mark: 1 });
  });
});
