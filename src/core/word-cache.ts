/**
 * A function of a word whose answers are remembered, up to `limit` words before it starts over: WordNet
 * look-ups cost a file search or a walk of its hierarchy, and the same few words are asked again and
 * again (the names of a corpus, the class noun of a question once a sentence).
 */
export function cachedByWord<T>(compute: (word: string) => T, limit: number): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    if (cache.has(word)) return cache.get(word) as T;
    if (cache.size >= limit) cache.clear();
    const value = compute(word);
    cache.set(word, value);
    return value;
  };
}
