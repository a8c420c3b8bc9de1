import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackedMiniSearch } from '../../src/core/packed-minisearch.ts';

interface Doc {
  id: string;
  text: string;
  title: string;
}
const options = { fields: ['text', 'title'], storeFields: [] as string[] };
const vocabulary = [
  'turkey',
  'syria',
  'fighters',
  'denied',
  'port',
  'strike',
  'flood',
  'barrier',
  'mayor',
  'union',
];
const docs = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    text: fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((w) => w.join(' ')),
    title: fc.array(fc.constantFrom(...vocabulary), { maxLength: 3 }).map((w) => w.join(' ')),
  }),
  { selector: (d) => d.id, maxLength: 25 },
);

const searchAll = (index: PackedMiniSearch<Doc>) =>
  vocabulary.map((word) => index.search(word).map((r) => [r.id, r.score.toFixed(9)]));

describe('PackedMiniSearch', () => {
  it('restores an index that searches exactly like the original, also after changes', () => {
    fc.assert(
      fc.property(docs, fc.nat(), (documents, cut) => {
        const original = new PackedMiniSearch<Doc>(options);
        original.addAll(documents);
        // Some documents discarded before packing: their short ids leave gaps.
        const discarded = documents.slice(0, cut % (documents.length + 1));
        for (const d of discarded) original.discard(d.id);
        const restored = PackedMiniSearch.unpack<Doc>(JSON.parse(JSON.stringify(original.pack())), options);
        expect(searchAll(restored)).toEqual(searchAll(original));
        expect(restored.documentCount).toBe(original.documentCount);
        // The restored index keeps working as a MiniSearch index.
        const extra = { id: 'extra-doc', text: 'flood barrier mayor', title: 'flood' };
        original.add(extra);
        restored.add(extra);
        for (const d of documents.slice(discarded.length, discarded.length + 2)) {
          original.discard(d.id);
          restored.discard(d.id);
        }
        expect(searchAll(restored)).toEqual(searchAll(original));
        // Packing a restored index (some terms still packed, some unpacked) gives the same index again.
        const again = PackedMiniSearch.unpack<Doc>(restored.pack(), options);
        expect(searchAll(again)).toEqual(searchAll(original));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses damaged data with a clear error', () => {
    const index = new PackedMiniSearch<Doc>(options);
    index.addAll([{ id: 'a', text: 'port strike', title: 'union' }]);
    const packed = index.pack();
    expect(() =>
      PackedMiniSearch.unpack({ ...packed, postings: packed.postings.slice(0, 8) }, options),
    ).toThrow(/^packed index/);
    expect(() => PackedMiniSearch.unpack({ ...packed, fieldLengths: 'AAAAAAAAAAAAAAAA' }, options)).toThrow(
      'packed index does not fit its fields',
    );
    expect(() => PackedMiniSearch.unpack({ ...packed, terms: [...packed.terms, 'more'] }, options)).toThrow(
      'packed index postings are cut short',
    );
  });
});
