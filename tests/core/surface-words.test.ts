import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PackedCounts } from '../../src/core/index-snapshot.ts';
import { SurfaceWords } from '../../src/core/surface-words.ts';

// Words counted in as if that many paragraphs used each.
function counted(counts: Readonly<Record<string, number>>): SurfaceWords {
  const words = new SurfaceWords();
  for (const [word, n] of Object.entries(counts)) for (let i = 0; i < n; i++) words.count(word, 1);
  return words;
}

// Packed words as a Map: the order they are packed in is the search tree's, not the order counted.
const asMap = ({ keys, counts }: PackedCounts) => new Map(keys.map((key, i) => [key, counts[i]]));

const corpus = counted({
  minster: 1,
  ministry: 1,
  government: 1,
  chemistry: 1,
  police: 1,
  strike: 1,
  weather: 3,
  whether: 5,
  card: 1,
  care: 5,
  cars: 5,
  cast: 2,
  mart: 3,
  covid18: 1,
  [`${'a'.repeat(40)}b`]: 1,
});

describe('SurfaceWords.spellingVariants', () => {
  it.each([
    { word: 'strke', maxDistance: 1, expected: ['strike'] },
    // A word the corpus has is no variant of itself.
    { word: 'strike', maxDistance: 2, expected: [] },
    // Short words, long strings and numbers have none.
    { word: 'car', maxDistance: 2, expected: [] },
    { word: 'covid19', maxDistance: 2, expected: [] },
    { word: 'a'.repeat(41), maxDistance: 2, expected: [] },
    // Two edits only for words of 7 letters or more, and only when allowed.
    { word: 'strk', maxDistance: 2, expected: [] },
    { word: 'govrnmnt', maxDistance: 2, expected: ['government'] },
    { word: 'govrnmnt', maxDistance: 1, expected: [] },
    // Two edits are not tried when one finds a word: "ministry" is two away.
    { word: 'minstery', maxDistance: 2, expected: ['minster'] },
    // One edit may change the first letter; two may not.
    { word: 'bolice', maxDistance: 1, expected: ['police'] },
    { word: 'khemistry', maxDistance: 1, expected: ['chemistry'] },
    { word: 'kemistry', maxDistance: 2, expected: [] },
    { word: 'cemistri', maxDistance: 2, expected: ['chemistry'] },
    // The most used first, then alphabetical; three at most.
    { word: 'wheather', maxDistance: 2, expected: ['whether', 'weather'] },
    { word: 'cart', maxDistance: 1, expected: ['care', 'cars', 'mart'] },
    // Two letters swapped are one slip, though an edit distance counts two.
    { word: 'stirke', maxDistance: 1, expected: ['strike'] },
    { word: 'polcie', maxDistance: 1, expected: ['police'] },
  ] as const)('$word within $maxDistance: $expected', ({ word, maxDistance, expected }) => {
    expect(corpus.spellingVariants(word, maxDistance)).toEqual(expected);
  });
});

describe('SurfaceWords.wordsWithPrefix', () => {
  const words = counted({ port: 2, porter: 2, portal: 5, post: 9, sport: 4 });

  it.each([
    { prefix: 'por', limit: 10, expected: ['portal', 'port', 'porter'] },
    { prefix: 'por', limit: 2, expected: ['portal', 'port'] },
    { prefix: 'po', limit: 10, expected: ['post', 'portal', 'port', 'porter'] },
    { prefix: 'port', limit: 10, expected: ['portal', 'port', 'porter'] },
    { prefix: 'ports', limit: 10, expected: [] },
    // No prefix, no completions, though every word would match.
    { prefix: '', limit: 10, expected: [] },
  ])('"$prefix", at most $limit: $expected', ({ prefix, limit, expected }) => {
    expect(words.wordsWithPrefix(prefix, limit)).toEqual(expected);
  });
});

describe('SurfaceWords', () => {
  it('drops a word once every paragraph that used it is counted out', () => {
    const words = counted({ port: 2, portal: 1 });
    words.count('port', -1);
    expect(words.wordsWithPrefix('port', 10)).toEqual(['port', 'portal']);
    words.count('port', -1);
    expect(words.wordsWithPrefix('port', 10)).toEqual(['portal']);
    expect(words.spellingVariants('porte', 1)).toEqual([]);
    expect(words.pack()).toEqual({ keys: ['portal'], counts: [1] });
  });

  it('starts empty', () => {
    expect(new SurfaceWords().pack()).toEqual({ keys: [], counts: [] });
    expect(new SurfaceWords().wordsWithPrefix('a', 10)).toEqual([]);
  });

  it('restores what it packs: the same words, counts and lookups, and takes changes after', () => {
    const word = fc.stringMatching(/^[a-e]{1,8}$/);
    fc.assert(
      fc.property(fc.dictionary(word, fc.integer({ min: 1, max: 4 })), word, (counts, extra) => {
        const words = counted(counts);
        const packed = words.pack();
        expect(asMap(packed)).toEqual(new Map(Object.entries(counts)));
        const restored = new SurfaceWords(structuredClone(packed));
        expect(restored.pack()).toEqual(packed);
        for (const prefix of ['a', 'b', 'ca', 'e'])
          expect(restored.wordsWithPrefix(prefix, 5)).toEqual(words.wordsWithPrefix(prefix, 5));
        expect(restored.spellingVariants(`${extra}d`, 1)).toEqual(words.spellingVariants(`${extra}d`, 1));
        restored.count(extra, 1);
        words.count(extra, 1);
        expect(asMap(restored.pack())).toEqual(asMap(words.pack()));
      }),
    );
  });
});
