import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVarints, encodeVarints, VarintReader, VarintWriter } from '../../src/core/varint-codec.ts';

const roundTrip = (values: readonly number[]) => [...decodeVarints(encodeVarints(Int32Array.from(values)))];

describe('varint codec', () => {
  it.each([
    ['nothing', [], ''],
    ['one byte', [0, 1, 127], 'AAF/'],
    ['two bytes', [128], 'gAE='],
    ['the largest value', [2 ** 31 - 1], '/////wc='],
    ['a negative value, as its unsigned 32 bits', [-1], '/////w8='],
  ])('encodes %s', (_, values, text) => {
    expect(encodeVarints(Int32Array.from(values))).toBe(text);
    expect(roundTrip(values)).toEqual(values);
  });

  it('decodes every list of 32-bit integers it encoded', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(300), fc.integer())), (values) => {
        expect(roundTrip(values)).toEqual(values);
      }),
    );
  });

  it('takes one byte for values under 128 and five for negative ones', () => {
    const bytes = (values: number[]) => Buffer.from(encodeVarints(Int32Array.from(values)), 'base64').length;
    expect(bytes([0, 5, 127])).toBe(3);
    expect(bytes([128, 16_383])).toBe(4);
    expect(bytes([-5])).toBe(5);
  });

  it('refuses text that does not end a value or holds more than 32 bits in one', () => {
    expect(() => decodeVarints(Buffer.from([0x05, 0x80]).toString('base64'))).toThrow(
      'packed index data is cut short',
    );
    expect(() => decodeVarints(Buffer.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x01]).toString('base64'))).toThrow(
      'packed index data is damaged',
    );
  });

  it('writes and reads in place what encodeVarints encodes, growing as it writes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(300), fc.integer()), { maxLength: 600 }), (values) => {
        const writer = new VarintWriter();
        for (const value of values) writer.write(value);
        const bytes = writer.bytes();
        expect(Buffer.from(bytes).toString('base64')).toBe(encodeVarints(Int32Array.from(values)));
        const reader = new VarintReader(bytes, 0, bytes.length);
        expect(values.map(() => reader.next())).toEqual(values);
        expect(reader.done).toBe(true);
      }),
    );
  });

  it('reads in place without throwing or passing its end, and tells a value cut short', () => {
    const bytes = Uint8Array.from([0x05, 0x81, 0x01, 0x85]);
    const reader = new VarintReader(bytes, 0, 2);
    expect(reader.next()).toBe(5);
    expect(reader.nextWhole()).toBeNull();
    expect(reader.at).toBe(2);
    expect(reader.next()).toBe(0);
    const whole = new VarintReader(bytes, 1, bytes.length);
    expect(whole.nextWhole()).toBe(129);
    expect(whole.nextWhole()).toBeNull();
    expect(whole.nextWhole()).toBeNull();
  });
});
