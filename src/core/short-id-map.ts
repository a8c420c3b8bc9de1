import { EntriesView } from './entries-view.ts';

/**
 * A Map from MiniSearch's short document ids to values, kept in an array indexed by short id, for the
 * tables MiniSearch keeps per document. MiniSearch numbers documents 0, 1, 2, … as it adds them and
 * never reuses a number, so the array is dense, and counting up through it gives a Map's insertion
 * order. A restored index takes the saved array as it is, without hashing an entry per document.
 * `null` and `undefined` stand for no entry: values are never either.
 */
export class ShortIdMap<V> extends EntriesView<number, V> {
  readonly #values: (V | null | undefined)[];
  #size = 0;

  /** Takes ownership of `values`: entry `i` is short id `i`'s value. */
  constructor(values: (V | null | undefined)[]) {
    super();
    this.#values = values;
    for (const value of values) if (value != null) this.#size++;
  }

  get size(): number {
    return this.#size;
  }

  get(shortId: number): V | undefined {
    return this.#values[shortId] ?? undefined;
  }

  has(shortId: number): boolean {
    return this.#values[shortId] != null;
  }

  set(shortId: number, value: V): this {
    if (this.#values[shortId] == null) this.#size++;
    this.#values[shortId] = value;
    return this;
  }

  delete(shortId: number): boolean {
    if (this.#values[shortId] == null) return false;
    this.#values[shortId] = undefined;
    this.#size--;
    return true;
  }

  clear(): void {
    this.#values.length = 0;
    this.#size = 0;
  }

  /** As a Map's, without a generator: filling another table from this one visits every document. */
  override forEach(callback: (value: V, shortId: number, map: Map<number, V>) => void): void {
    for (let shortId = 0; shortId < this.#values.length; shortId++) {
      const value = this.#values[shortId];
      if (value != null) callback(value, shortId, this as unknown as Map<number, V>);
    }
  }

  *entries(): Generator<[number, V]> {
    // The length is read at every step, so that entries set meanwhile are seen, as a Map's would be.
    for (let shortId = 0; shortId < this.#values.length; shortId++) {
      const value = this.#values[shortId];
      if (value != null) yield [shortId, value];
    }
  }
}
