/** The rest of a Map's iteration (keys, values, forEach, for…of), from its entries: for Map stand-ins. */
export abstract class EntriesView<K, V> {
  abstract entries(): Generator<[K, V]>;

  *keys(): Generator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): Generator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this as unknown as Map<K, V>);
  }

  [Symbol.iterator]() {
    return this.entries();
  }
}
