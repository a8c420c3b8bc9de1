import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  endOfTerm,
  forEachPair,
  type PackedField,
  packedFields,
  writeTerm,
} from '../../src/core/packed-postings.ts';
import { VarintWriter } from '../../src/core/varint-codec.ts';

type Term = Map<number, Map<number, number>>;

/** A term's postings as MiniSearch keeps them: field id → short id → frequency, ids in any order. */
const term: fc.Arbitrary<Term> = fc
  .uniqueArray(
    fc.record({
      fieldId: fc.nat(3),
      pairs: fc.uniqueArray(
        fc.tuple(fc.oneof(fc.nat(300), fc.nat(2 ** 30 - 1)), fc.oneof(fc.constant(1), fc.integer())),
        {
          selector: ([id]) => id,
          maxLength: 8,
        },
      ),
    }),
    { selector: (field) => field.fieldId, maxLength: 3 },
  )
  .map((fields) => new Map(fields.map((field) => [field.fieldId, new Map(field.pairs)])));

function pack(terms: readonly Term[]): { bytes: Uint8Array; starts: number[] } {
  const writer = new VarintWriter();
  const starts = terms.map((t) => {
    const start = writer.length;
    writeTerm(writer, t);
    return start;
  });
  return { bytes: writer.bytes(), starts };
}

function read(bytes: Uint8Array, start: number): Term {
  const fields: Term = new Map();
  for (const field of packedFields(bytes, start)) {
    const pairs = new Map<number, number>();
    forEachPair(bytes, field, (shortId, frequency) => {
      pairs.set(shortId, frequency);
      return true;
    });
    expect(pairs.size).toBe(field.count);
    fields.set(field.fieldId, pairs);
  }
  return fields;
}

describe('packed postings', () => {
  it('read back as they were written, short ids in any order, any frequencies', () => {
    fc.assert(
      fc.property(fc.array(term, { maxLength: 8 }), (terms) => {
        const { bytes, starts } = pack(terms);
        terms.forEach((t, i) => {
          expect(read(bytes, starts[i] ?? 0)).toEqual(t);
          expect(endOfTerm(bytes, starts[i] ?? 0)).toBe(starts[i + 1] ?? bytes.length);
        });
      }),
    );
  });

  it('keep ascending short ids of frequency 1 as a byte each', () => {
    // One field (1) with documents 1000, 1001, 1005 and 1006, the last twice.
    const { bytes } = pack([
      new Map([
        [
          1,
          new Map([
            [1000, 1],
            [1001, 1],
            [1005, 1],
            [1006, 2],
          ]),
        ],
      ]),
    ]);
    expect([...bytes]).toEqual([1, 1, 4, 6, 0xd0, 0x0f, 0, 6, 1, 2]);
  });

  it('stop reading a field early when asked to', () => {
    const { bytes } = pack([
      new Map([
        [
          0,
          new Map([
            [1, 1],
            [2, 1],
            [3, 1],
          ]),
        ],
      ]),
    ]);
    const [field] = [...packedFields(bytes, 0)];
    const seen: number[] = [];
    expect(forEachPair(bytes, field as PackedField, (id) => seen.push(id) < 2)).toBe(false);
    expect(seen).toEqual([1, 2]);
  });

  it('refuse to pack a short id that is not one', () => {
    expect(() => pack([new Map([[0, new Map([[-1, 1]])]])])).toThrow('short id -1 cannot be packed');
    expect(() => pack([new Map([[0, new Map([[2 ** 30, 1]])]])])).toThrow('cannot be packed');
  });

  it('check that a saved term lies within the bytes', () => {
    const { bytes } = pack([
      new Map([
        [
          1,
          new Map([
            [7, 1],
            [9, 3],
          ]),
        ],
      ]),
    ]);
    expect(endOfTerm(bytes, 0)).toBe(bytes.length);
    for (let cut = 0; cut < bytes.length; cut++)
      expect(() => endOfTerm(bytes.subarray(0, cut), 0)).toThrow('packed index postings are damaged');
    // A varint cut short by the end, and a field longer than the bytes.
    expect(() => endOfTerm(Uint8Array.from([1, 0x81]), 0)).toThrow('packed index postings are damaged');
    expect(() => endOfTerm(Uint8Array.from([1, 1, 1, 9, 0]), 0)).toThrow('packed index postings are damaged');
  });
});
