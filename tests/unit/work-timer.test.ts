import { WORK_CAP_MS, workMs } from '../../lib/work-timer';

describe('work timer', () => {
  it.each([
    [1_000, 61_000, 60_000],
    [5_000, 5_000, 0],
    // A clock that went backwards never gives negative work.
    [10_000, 9_000, 0],
    // A thread left open for hours counts as at most the cap.
    [0, 3 * 3_600_000, WORK_CAP_MS],
  ])('from %i to %i is %i ms', (openedAt, now, expected) => {
    expect(workMs(openedAt, now)).toBe(expected);
  });
});
