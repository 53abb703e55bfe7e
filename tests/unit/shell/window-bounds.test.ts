import { describe, expect, test } from 'vitest';
import { restoreBounds } from '../../../main/shell/decisions/window-bounds.ts';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoring the main window’s size and place', () => {
  test('a window on a connected screen comes back where it was', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1100, height: 800 }, [laptop, monitor])).toEqual(
      { x: 1600, y: 100, width: 1100, height: 800 },
    );
  });

  test('when its monitor is gone, the size is kept but the place forgotten', () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1100, height: 800 }, [laptop])).toEqual({
      width: 1100,
      height: 800,
    });
  });

  test('a size larger than the screen is fitted to it; too small is raised to the minimum', () => {
    expect(restoreBounds({ x: 0, y: 25, width: 3000, height: 2000 }, [laptop])).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
    });
    expect(restoreBounds({ x: 10, y: 40, width: 100, height: 100 }, [laptop])).toEqual({
      x: 10,
      y: 40,
      width: 640,
      height: 480,
    });
  });

  test('nothing saved, or something that isn’t bounds, opens with the defaults', () => {
    expect(restoreBounds(undefined, [laptop])).toBeNull();
    expect(restoreBounds({ x: 'a', y: 0, width: 1, height: 1 }, [laptop])).toBeNull();
    expect(restoreBounds({ x: Infinity, y: 0, width: 900, height: 700 }, [laptop])).toBeNull();
  });
});
