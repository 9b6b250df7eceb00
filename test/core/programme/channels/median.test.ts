import { median } from '../../../../src/core/programme/channels/median.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values (as percentile_cont(0.5))', () => {
    expect(median([4, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5); // sorted 1 2 3 4 → (2 + 3) / 2
    expect(median([7])).toBe(7);
  });

  it('is null for no values and leaves its input alone', () => {
    expect(median([])).toBeNull();
    const input = Object.freeze([3, 1, 2]);
    expect(median(input)).toBe(2);
    expect(input).toEqual([3, 1, 2]);
  });
});
