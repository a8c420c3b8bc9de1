import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { TermTable } from '../../src/core/term-table.ts';

const sorted = <V>(entries: Iterable<[string, V]>) => [...entries].sort(([a], [b]) => a.localeCompare(b));

describe('TermTable', () => {
  it('keeps terms as a SearchableMap would, before and after a prefix or fuzzy search needs the tree', () => {
    const table = new TermTable<number>();
    const tree = new SearchableMap<number>();
    const both = (change: (map: TermTable<number> | SearchableMap<number>) => void) => {
      change(table);
      change(tree);
    };
    both((map) => map.set('port', 1).set('porter', 2).set('strike', 3));
    both((map) => map.fetch('flood', () => 4));
    expect(table.fetch('port', () => 9)).toBe(1);
    both((map) => map.delete('porter'));
    expect(table.get('strike')).toBe(3);
    expect(table.has('porter')).toBe(false);
    expect(table.size).toBe(tree.size);
    expect(sorted(table)).toEqual(sorted(tree));
    // The tree is made here, and holds every change from then on.
    expect(sorted(table.atPrefix('po'))).toEqual(sorted(tree.atPrefix('po')));
    expect([...table.fuzzyGet('strke', 1)]).toEqual([...tree.fuzzyGet('strke', 1)]);
    both((map) => map.set('portal', 5));
    both((map) => map.fetch('floods', () => 6));
    expect(sorted(table.atPrefix('po'))).toEqual(sorted(tree.atPrefix('po')));
    expect(sorted(table.entries())).toEqual(sorted(tree.entries()));
    expect(table.size).toBe(tree.size);
    table.clear();
    expect(table.size).toBe(0);
  });
});
