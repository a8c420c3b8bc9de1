import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EntriesView } from '../../src/core/entries-view.ts';

// The least a stand-in gives: its entries, read from a list of pairs that may change, counting each one read.
class PairsView<K, V> extends EntriesView<K, V> {
  read = 0;

  constructor(readonly pairs: [K, V][]) {
    super();
  }

  *entries(): Generator<[K, V]> {
    for (const pair of this.pairs) {
      this.read++;
      yield pair;
    }
  }
}

// What forEach hands its callback, as [key, value, map] triples.
function visits<K, V>(map: { forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void }) {
  const seen: [K, V, unknown][] = [];
  map.forEach((value, key, owner) => {
    seen.push([key, value, owner]);
  });
  return seen;
}

const pairs = fc.uniqueArray(fc.tuple(fc.string(), fc.integer()), { selector: ([key]) => key });

describe('EntriesView', () => {
  it('iterates as a Map of the same entries does, in every form', () => {
    fc.assert(
      fc.property(pairs, (entries) => {
        const map = new Map(entries);
        const view = new PairsView(entries);
        expect([...view]).toEqual([...map]);
        expect([...view.entries()]).toEqual([...map.entries()]);
        expect([...view.keys()]).toEqual([...map.keys()]);
        expect([...view.values()]).toEqual([...map.values()]);
        expect(visits(view).map(([key, value]) => [key, value])).toEqual(
          visits(map).map(([key, value]) => [key, value]),
        );
        expect(new Map(view)).toEqual(map);
      }),
    );
  });

  it.each([
    { form: 'for…of', read: (view: PairsView<string, number>) => [...view] },
    { form: 'keys', read: (view: PairsView<string, number>) => [...view.keys()] },
    { form: 'values', read: (view: PairsView<string, number>) => [...view.values()] },
    { form: 'forEach', read: (view: PairsView<string, number>) => visits(view) },
  ])('$form can be read again, and sees the entries as they are then', ({ read }) => {
    const view = new PairsView<string, number>([['a', 1]]);
    const first = read(view);
    expect(read(view)).toEqual(first);
    view.pairs.push(['b', 2]);
    expect(read(view)).toHaveLength(2);
  });

  it.each([
    { form: 'for…of', start: (view: PairsView<string, number>) => view[Symbol.iterator](), first: ['z', 26] },
    { form: 'keys', start: (view: PairsView<string, number>) => view.keys(), first: 'z' },
    { form: 'values', start: (view: PairsView<string, number>) => view.values(), first: 26 },
  ])('$form reads no entry until asked, and only as many as asked for', ({ start, first }) => {
    const view = new PairsView<string, number>([
      ['a', 1],
      ['b', 2],
    ]);
    const iterator = start(view);
    expect(view.read).toBe(0);
    // An entry added after the iterator was made but before it was read is seen.
    view.pairs.unshift(['z', 26]);
    expect(iterator.next().value).toEqual(first);
    expect(view.read).toBe(1);
  });

  it('stops reading entries when a loop over it breaks off', () => {
    const view = new PairsView<string, number>([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    for (const key of view.keys()) if (key === 'b') break;
    expect(view.read).toBe(2);
  });

  it('hands forEach itself as the map, as Map.prototype.forEach hands the map', () => {
    const view = new PairsView<string, number>([
      ['a', 1],
      ['b', 2],
    ]);
    expect(visits(view)).toEqual([
      ['a', 1, view],
      ['b', 2, view],
    ]);
  });
});
