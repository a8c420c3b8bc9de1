import fc from 'fast-check';
import MiniSearch from 'minisearch';
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

const searchAll = (index: MiniSearch<Doc>) =>
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
        const more = { id: 'more-doc', text: 'union union port', title: 'strike' };
        original.addAll([extra, more]);
        restored.addAll([extra, more]);
        expect(searchAll(restored)).toEqual(searchAll(original));
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

  it('searches exactly like stock MiniSearch once compacted, also after changes and vacuuming', async () => {
    await fc.assert(
      fc.asyncProperty(docs, fc.nat(), async (documents, cut) => {
        const stock = new MiniSearch<Doc>(options);
        const compacted = new PackedMiniSearch<Doc>(options);
        stock.addAll(documents);
        compacted.addAll(documents);
        compacted.compact();
        expect(searchAll(compacted)).toEqual(searchAll(stock));
        // Changes to packed terms: adding keeps the new postings beside the packed ones, removing
        // unpacks the terms it touches, discarding leaves dirt that searching and vacuuming clear up,
        // and packing again keeps it all.
        const extra = { id: 'extra-doc', text: 'flood barrier mayor flood', title: 'flood' };
        const more = { id: 'more-doc', text: 'union strike union', title: 'port' };
        const gone = { id: 'gone-doc', text: 'flood union', title: 'mayor barrier' };
        for (const index of [stock, compacted]) {
          index.addAll([extra, more, gone]);
          index.remove(gone);
        }
        expect(searchAll(compacted)).toEqual(searchAll(stock));
        const discarded = documents.slice(0, cut % (documents.length + 1));
        for (const d of discarded) {
          stock.discard(d.id);
          compacted.discard(d.id);
        }
        expect(searchAll(compacted)).toEqual(searchAll(stock));
        compacted.compact();
        await Promise.all([stock.vacuum(), compacted.vacuum()]);
        expect(searchAll(compacted)).toEqual(searchAll(stock));
        expect(compacted.termCount).toBe(stock.termCount);
        if (documents[0] && !discarded.includes(documents[0])) {
          stock.remove(documents[0]);
          compacted.remove(documents[0]);
          expect(searchAll(compacted)).toEqual(searchAll(stock));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('searches by prefix and fuzzily like stock MiniSearch, built, restored and changed', () => {
    const fuzzyAll = (index: MiniSearch<Doc>) =>
      ['flo', 'stri', 'mayr', 'unoin', 'p'].map((q) =>
        index.search(q, { prefix: true, fuzzy: 0.3 }).map((r) => [r.id, r.score.toFixed(9)]),
      );
    fc.assert(
      fc.property(docs, (documents) => {
        const stock = new MiniSearch<Doc>(options);
        const packed = new PackedMiniSearch<Doc>(options);
        stock.addAll(documents);
        packed.addAll(documents);
        packed.compact();
        const restored = PackedMiniSearch.unpack<Doc>(packed.pack(), options);
        expect(fuzzyAll(packed)).toEqual(fuzzyAll(stock));
        expect(fuzzyAll(restored)).toEqual(fuzzyAll(stock));
        // Terms added once the tree was made for a fuzzy search are found as well.
        const extra = { id: 'extra-doc', text: 'floodgate striker', title: 'mayoral' };
        for (const index of [stock, packed, restored]) index.add(extra);
        expect(fuzzyAll(restored)).toEqual(fuzzyAll(stock));
        expect(searchAll(restored)).toEqual(searchAll(stock));
        expect(restored.termCount).toBe(stock.termCount);
      }),
      { numRuns: 60 },
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
