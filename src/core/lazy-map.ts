import { EntriesView } from './entries-view.ts';

/**
 * A Map whose entries are made on first use. For a table a restored index may never read: MiniSearch's
 * document id → short id, which only adding and removing documents look up, while searching does not.
 * Loading a snapshot then hashes no key per document for it, and a bot that only answers never does.
 */
export class LazyMap<K, V> extends EntriesView<K, V> {
  #fill: ((map: Map<K, V>) => void) | null;
  readonly #map = new Map<K, V>();

  /** `fill` puts the entries into the map it is given, when they are first needed. */
  constructor(fill: (map: Map<K, V>) => void) {
    super();
    this.#fill = fill;
  }

  #filled(): Map<K, V> {
    const fill = this.#fill;
    if (fill) {
      this.#fill = null;
      fill(this.#map);
    }
    return this.#map;
  }

  get size(): number {
    return this.#filled().size;
  }

  get(key: K): V | undefined {
    return this.#filled().get(key);
  }

  has(key: K): boolean {
    return this.#filled().has(key);
  }

  set(key: K, value: V): this {
    this.#filled().set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#filled().delete(key);
  }

  clear(): void {
    this.#filled().clear();
  }

  *entries(): Generator<[K, V]> {
    yield* this.#filled().entries();
  }
}
