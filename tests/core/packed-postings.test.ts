import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, endOfTerm } from '../../src/core/packed-postings.ts';

/** A term's packed postings: its number of fields, then per field its id, document count and pairs. */
const term = fc
  .array(
    fc.record({
      fieldId: fc.nat(3),
      pairs: fc.array(fc.tuple(fc.oneof(fc.nat(200), fc.integer()), fc.integer({ min: 1, max: 40 })), {
        maxLength: 8,
      }),
    }),
    { maxLength: 3 },
  )
  .map((fields) => [
    fields.length,
    ...fields.flatMap((field) => [field.fieldId, field.pairs.length, ...field.pairs.flat()]),
  ]);
const postings = fc.array(term, { maxLength: 10 }).map((terms) => Int32Array.from(terms.flat()));

describe('packed postings', () => {
  it('come back as they were, short ids in any order', () => {
    fc.assert(
      fc.property(postings, (packed) => {
        expect(decodePostings(encodePostings(packed))).toEqual(packed);
      }),
    );
  });

  it('keep ascending short ids as gaps of a byte each, and leave the array they encode as it was', () => {
    // One term, one field (1) with documents 1000, 1001 and 1005, each once.
    const packed = Int32Array.from([1, 1, 3, 1000, 1, 1001, 1, 1005, 1]);
    const text = encodePostings(packed);
    expect([...Buffer.from(text, 'base64')]).toEqual([1, 1, 3, 0xe8, 0x07, 1, 0, 1, 3, 1]);
    expect(packed).toEqual(Int32Array.from([1, 1, 3, 1000, 1, 1001, 1, 1005, 1]));
    expect(endOfTerm(decodePostings(text), 0)).toBe(packed.length);
  });

  it('refuses postings whose pairs run past the end', () => {
    const cut = Buffer.from([1, 1, 3, 0, 1]).toString('base64');
    expect(() => decodePostings(cut)).toThrow('packed index postings are damaged');
  });
});
