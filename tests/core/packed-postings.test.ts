import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, endOfTerm } from '../../src/core/packed-postings.ts';

/** A term's packed postings: its number of fields, then per field its id, document count and pairs. */
const term = fc
  .array(
    fc.record({
      fieldId: fc.nat(3),
      pairs: fc.array(
        fc.tuple(fc.oneof(fc.nat(200), fc.nat(2 ** 30 - 1)), fc.oneof(fc.constant(1), fc.integer())),
        {
          maxLength: 8,
        },
      ),
    }),
    { maxLength: 3 },
  )
  .map((fields) => [
    fields.length,
    ...fields.flatMap((field) => [field.fieldId, field.pairs.length, ...field.pairs.flat()]),
  ]);
const postings = fc.array(term, { maxLength: 10 }).map((terms) => Int32Array.from(terms.flat()));

describe('packed postings', () => {
  it('come back as they were, short ids in any order, any frequencies', () => {
    fc.assert(
      fc.property(postings, (packed) => {
        expect(decodePostings(encodePostings(packed))).toEqual(packed);
      }),
    );
  });

  it('keep ascending short ids of frequency 1 as a byte each, and leave the array they encode as it was', () => {
    // 11 values: one term, one field (1) with documents 1000, 1001, 1005 and 1006, the last twice.
    const packed = Int32Array.from([1, 1, 4, 1000, 1, 1001, 1, 1005, 1, 1006, 2]);
    const text = encodePostings(packed);
    expect([...Buffer.from(text, 'base64')]).toEqual([11, 1, 1, 4, 0xd0, 0x0f, 0, 6, 1, 2]);
    expect(packed).toEqual(Int32Array.from([1, 1, 4, 1000, 1, 1001, 1, 1005, 1, 1006, 2]));
    expect(endOfTerm(decodePostings(text), 0)).toBe(packed.length);
  });

  it('refuses to save a short id that is not one', () => {
    expect(() => encodePostings(Int32Array.from([1, 0, 1, -1, 1]))).toThrow(
      'short id -1 is too large to save',
    );
    expect(() => encodePostings(Int32Array.from([1, 0, 1, 2 ** 30, 1]))).toThrow('is too large to save');
  });

  it('refuses postings that do not add up to their length', () => {
    const text = (bytes: number[]) => Buffer.from(bytes).toString('base64');
    // Pairs past the end of the text, then past the length given.
    expect(() => decodePostings(text([9, 1, 1, 3, 0, 0]))).toThrow('packed index data is cut short');
    expect(() => decodePostings(text([4, 1, 1, 3, 0, 0, 0]))).toThrow('packed index postings are damaged');
    expect(() => decodePostings(text([9, 1, 1, 1, 0]))).toThrow('packed index postings are damaged');
    expect(() => decodePostings(text([100, 1]))).toThrow('packed index postings are damaged');
    expect(decodePostings('')).toEqual(new Int32Array(0));
  });
});
