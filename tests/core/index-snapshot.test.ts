import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  packDocuments,
  packTermCounts,
  unpackDocuments,
  unpackTermCounts,
} from '../../src/core/index-snapshot.ts';
import type { Article, Paragraph } from '../../src/core/types.ts';
import { article } from '../helpers/fixtures.ts';

const corpus: readonly Article[] = [
  article('a', { texts: ['one', 'two', 'three', 'four'] }),
  article('b#2', { texts: ['one'] }),
  article('c', { texts: ['one', 'two', 'three'] }),
];
const byId = new Map(corpus.map((a) => [a.id, a]));
const byKey = new Map<string, Paragraph>(corpus.flatMap((a) => a.paragraphs.map((p) => [p.key, p])));
const keys = [...byKey.keys()];
const paragraphOf = (key: string) => byKey.get(key);

/** Document ids by short id as an index may hold them: any paragraphs, in any order, with unused ids. */
const documentIds = fc
  .tuple(
    fc.shuffledSubarray(keys),
    fc.array(fc.nat(keys.length), { maxLength: 6 }),
    fc.array(fc.integer({ min: 1, max: keys.length }), { maxLength: 6 }),
  )
  .map(([picked, nulls, sorted]) => {
    // Some runs of the shuffled picks are put back in paragraph order, as an index mostly has them.
    const ids: (string | null)[] = [...picked];
    for (const at of sorted) ids.splice(0, at, ...(ids.slice(0, at) as string[]).sort());
    for (const at of nulls) ids.splice(Math.min(at, ids.length), 0, null);
    return ids;
  });

describe('packed documents', () => {
  it('come back as the paragraph keys they were, unused short ids included', () => {
    fc.assert(
      fc.property(documentIds, (ids) => {
        const packed = JSON.parse(JSON.stringify(packDocuments(ids, paragraphOf, byId)));
        expect(unpackDocuments(packed, byId, ids.length)).toEqual(ids);
      }),
    );
  });

  it('keep an article indexed in order as one run, and unused short ids as another', () => {
    const packed = packDocuments(
      ['a#1', 'a#2', 'a#3', 'a#4', null, null, 'c#2', 'c#3', 'b#2#1'],
      paragraphOf,
      byId,
    );
    expect(packed.articles).toEqual(['a', null, 'c', 'b#2']);
    expect([...Buffer.from(packed.runs, 'base64')]).toEqual([0, 4, 0, 2, 1, 2, 0, 1]);
  });

  it('refuse a document that is no paragraph, and runs that do not fit the corpus', () => {
    expect(() => packDocuments(['z#1'], paragraphOf, byId)).toThrow('indexed document z#1 is no paragraph');
    const packed = packDocuments(['c#1', 'c#2', 'c#3'], paragraphOf, byId);
    expect(() => unpackDocuments(packed, byId, 4)).toThrow('index snapshot does not match the corpus');
    expect(() => unpackDocuments(packed, byId, 2)).toThrow('index snapshot does not match the corpus');
    const shorter = new Map([['c', article('c', { texts: ['one', 'two'] })]]);
    expect(() => unpackDocuments(packed, shorter, 3)).toThrow('index snapshot does not match the corpus');
    expect(() => unpackDocuments(packed, new Map(), 3)).toThrow('index snapshot does not match the corpus');
  });
});

describe('term counts', () => {
  it('come back as they were, also for terms the index does not hold', () => {
    const terms = ['port', 'strike', 'flood', 'mayor'];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...terms, 'other', 'more'), fc.integer({ min: 1, max: 1_000_000 })),
        (record) => {
          const counts = new Map(Object.entries(record));
          const restored = new Map<string, number>();
          unpackTermCounts(JSON.parse(JSON.stringify(packTermCounts(counts, terms))), terms, restored);
          expect(new Map([...restored].sort())).toEqual(new Map([...counts].sort()));
        },
      ),
    );
  });

  it('are saved in the order of the terms, without them', () => {
    const packed = packTermCounts(
      new Map([
        ['flood', 3],
        ['port', 200],
      ]),
      ['port', 'strike', 'flood'],
    );
    expect([...Buffer.from(packed.byTerm, 'base64')]).toEqual([0xc8, 0x01, 0, 3]);
    expect(packed.others).toEqual({ keys: [], counts: [] });
    expect(() => unpackTermCounts(packed, ['port'], new Map())).toThrow('does not match the corpus');
  });
});
