import SearchableMap from 'minisearch/SearchableMap';
import { EntriesView } from './entries-view.ts';

/**
 * MiniSearch's table of terms (term → postings) as a plain Map while every search asks for whole terms.
 * MiniSearch keeps its terms in a radix tree (a SearchableMap) for prefix and fuzzy search; a whole term
 * is one Map lookup, and a Map of a corpus's terms is made in a fraction of the time of the tree (most
 * of what restoring the terms of a snapshot cost) and takes less memory. The tree is made only when a
 * prefix or fuzzy search first asks for it, and holds the terms from then on.
 */
export class TermTable<V> extends EntriesView<string, V> {
  #map: Map<string, V> | null = new Map();
  #tree: SearchableMap<V> | null = null;

  /** The terms as a radix tree, made now if need be. */
  #searchable(): SearchableMap<V> {
    if (!this.#tree) {
      this.#tree = SearchableMap.from<V>(this.#map ?? []) as SearchableMap<V>;
      this.#map = null;
    }
    return this.#tree;
  }

  get size(): number {
    return (this.#map ?? this.#searchable()).size;
  }

  get(term: string): V | undefined {
    return (this.#map ?? this.#searchable()).get(term);
  }

  has(term: string): boolean {
    return (this.#map ?? this.#searchable()).has(term);
  }

  set(term: string, value: V): this {
    (this.#map ?? this.#searchable()).set(term, value);
    return this;
  }

  delete(term: string): void {
    (this.#map ?? this.#searchable()).delete(term);
  }

  clear(): void {
    (this.#map ?? this.#searchable()).clear();
  }

  /** The term's value, set to `initial()` first when it has none (as {@link SearchableMap.fetch}). */
  fetch(term: string, initial: () => V): V {
    if (!this.#map) return this.#searchable().fetch(term, initial);
    let value = this.#map.get(term);
    if (value === undefined) {
      value = initial();
      this.#map.set(term, value);
    }
    return value;
  }

  atPrefix(prefix: string): SearchableMap<V> {
    return this.#searchable().atPrefix(prefix);
  }

  fuzzyGet(term: string, maxEditDistance: number): ReturnType<SearchableMap<V>['fuzzyGet']> {
    return this.#searchable().fuzzyGet(term, maxEditDistance);
  }

  *entries(): Generator<[string, V]> {
    yield* (this.#map ?? this.#searchable()).entries();
  }
}
