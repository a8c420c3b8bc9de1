import SearchableMap from 'minisearch/SearchableMap';
import { type PackedCounts, packCounts } from './index-snapshot.ts';
import { adjacentSwaps } from './text.ts';

/**
 * The corpus's own words, folded, with how many paragraphs use each: what spelling suggestions and
 * completion look through, by edit distance and by prefix.
 */
export class SurfaceWords {
  /** Searchable by prefix and edit distance. */
  #map: SearchableMap<number> | null;
  /** Words from a snapshot, put into the searchable map only when spelling or completion needs it. */
  #packed: PackedCounts | null;

  /** Empty, or the words saved by {@link SurfaceWords.pack}. */
  constructor(packed?: PackedCounts) {
    this.#map = packed === undefined ? new SearchableMap<number>() : null;
    this.#packed = packed ?? null;
  }

  get #words(): SearchableMap<number> {
    if (!this.#map) {
      const map = new SearchableMap<number>();
      const packed = this.#packed;
      if (packed) for (const [i, word] of packed.keys.entries()) map.set(word, packed.counts[i] ?? 0);
      this.#map = map;
      this.#packed = null;
    }
    return this.#map;
  }

  /** Counts a word in (1) or out (-1) for one paragraph; a word no paragraph uses any more is dropped. */
  count(word: string, delta: 1 | -1): void {
    const count = (this.#words.get(word) ?? 0) + delta;
    if (count > 0) this.#words.set(word, count);
    else this.#words.delete(word);
  }

  /** The words and their counts, for a snapshot. */
  pack(): PackedCounts {
    return this.#packed ?? packCounts(this.#words);
  }

  /**
   * Corpus words spelt like a word the corpus may not contain, closest first (then most used): at most
   * `maxDistance` edits, and 1 for words under 7 letters. Short words and numbers have none.
   */
  spellingVariants(word: string, maxDistance: 1 | 2): string[] {
    if (word.length < 4 || word.length > 40 || /\d/.test(word)) return [];
    const found: { word: string; distance: number; count: number }[] = [];
    // Two letters swapped ("bougth") is one slip, though an edit distance counts it as two.
    for (const swap of adjacentSwaps(word)) {
      const count = this.#words.get(swap);
      if (count !== undefined) found.push({ word: swap, distance: 1, count });
    }
    // One edit first; two (for long words) only when one finds nothing, since it costs far more.
    for (let limit = 1; limit <= (word.length >= 7 ? maxDistance : 1); limit++) {
      if (limit > 1 && found.length > 0) break;
      for (const [candidate, [count, distance]] of this.#words.fuzzyGet(word, limit)) {
        // Typos keep the first letter far more often than not; this keeps "weather" from becoming "whether".
        if (distance === 0 || (candidate[0] !== word[0] && distance > 1)) continue;
        found.push({ word: candidate, distance, count });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.count - a.count || a.word.localeCompare(b.word));
    const best = found[0]?.distance;
    return found
      .filter((f) => f.distance === best)
      .slice(0, 3)
      .map((f) => f.word);
  }

  /** Corpus words that start with a prefix, most used first. */
  wordsWithPrefix(prefix: string, limit: number): string[] {
    if (!prefix) return [];
    return [...this.#words.atPrefix(prefix)]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([word]) => word);
  }
}
