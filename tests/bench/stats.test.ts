import { describe, expect, it } from 'vitest';
import { citationKey } from '../../bench/newsdesk-adapter.ts';
import { median, percentile, round } from '../../bench/stats.ts';

describe('percentile (nearest rank) and median', () => {
  const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted order
  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [1, 1],
  ])('p%i of 1..100 is %i', (p, value) => {
    expect(percentile(samples, p)).toBe(value);
  });

  it('handles small and empty samples', () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(Number.isNaN(percentile([], 50))).toBe(true);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('rounds to significant digits', () => {
    expect(round(123.456)).toBe(123);
    expect(round(0.012345)).toBe(0.0123);
    expect(round(1.5, 1)).toBe(2);
  });
});

describe('citationKey', () => {
  it.each([
    [{ file: 'ca01-2.txt', paragraph: 3 }, 'ca01-2#3'],
    [{ file: 'cj19-r5.txt', paragraph: 12 }, 'cj19-r5#12'],
    [{ file: 'sub/000_22c7b1c67e53fed6.md', paragraph: 1 }, '000_22c7b1c67e53fed6#1'],
    [{ file: 'no-extension', paragraph: 4 }, 'no-extension#4'],
  ])('%o -> %s', (citation, key) => {
    expect(citationKey(citation)).toBe(key);
  });
});
