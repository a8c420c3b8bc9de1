import { describe, expect, it } from 'vitest';
import { LazyMap } from '../../src/core/lazy-map.ts';

describe('LazyMap', () => {
  it('makes its entries once, on first use, and then behaves as a Map', () => {
    let made = 0;
    const map = new LazyMap<string, number>((entries) => {
      made++;
      entries.set('a', 1).set('b', 2);
    });
    expect(made).toBe(0);
    expect(map.get('a')).toBe(1);
    expect(map.has('c')).toBe(false);
    map.set('c', 3);
    expect(map.delete('a')).toBe(true);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
    expect(made).toBe(1);
    map.clear();
    expect([...map.keys()]).toEqual([]);
  });

  it('puts a first change after its entries, as if they had been there all along', () => {
    const map = new LazyMap<string, number>((entries) => entries.set('a', 1));
    map.set('a', 5).set('z', 26);
    expect([...map.entries()]).toEqual([
      ['a', 5],
      ['z', 26],
    ]);
  });
});
