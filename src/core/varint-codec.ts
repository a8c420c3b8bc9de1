import { NewsdeskError } from './errors.ts';

/**
 * 32-bit integers as text, for snapshots: each value as an unsigned LEB128 varint (seven bits a byte,
 * the high bit set on all bytes but the last), the bytes in base64. Values 0 to 127 take one byte where
 * an Int32Array takes four, so lists of small numbers (posting gaps, term counts, field lengths) come
 * out at about a third of the size: less text to write, to parse as JSON and to decode from base64.
 * A negative value is read as its unsigned 32 bits and takes five bytes; it decodes to itself.
 */

/** Bytes a 32-bit value takes: ceil(32 / 7). */
const MAX_BYTES = 5;
const LOW_BITS = 0x7f;
const MORE = 0x80;

function byteLengthOf(values: Int32Array): number {
  let length = 0;
  for (let i = 0; i < values.length; i++) {
    let rest = (values[i] ?? 0) >>> 0;
    length++;
    while (rest > LOW_BITS) {
      rest >>>= 7;
      length++;
    }
  }
  return length;
}

/** The values as base64 of their varints. */
export function encodeVarints(values: Int32Array): string {
  // Sized exactly beforehand: a large index would otherwise need a buffer five times its values.
  const bytes = Buffer.allocUnsafe(byteLengthOf(values));
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    let rest = (values[i] ?? 0) >>> 0;
    while (rest > LOW_BITS) {
      bytes[at++] = (rest & LOW_BITS) | MORE;
      rest >>>= 7;
    }
    bytes[at++] = rest;
  }
  return bytes.toString('base64');
}

/**
 * The values of {@link encodeVarints} text.
 * @throws NewsdeskError `snapshot-invalid` when the text does not decode to whole varints of 32 bits.
 */
export function decodeVarints(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const length = bytes.length;
  // Every value ends on a byte without the high bit, so these bytes count the values.
  let count = 0;
  for (let i = 0; i < length; i++) if (((bytes[i] ?? 0) & MORE) === 0) count++;
  if (length > 0 && ((bytes[length - 1] ?? 0) & MORE) !== 0)
    throw new NewsdeskError('snapshot-invalid', 'packed index data is cut short');
  const values = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[at++] ?? 0;
    let value = byte & LOW_BITS;
    let shift = 7;
    while ((byte & MORE) !== 0) {
      if (shift >= 7 * MAX_BYTES) throw new NewsdeskError('snapshot-invalid', 'packed index data is damaged');
      byte = bytes[at++] ?? 0;
      // A fifth byte's bits past the 32nd fall off the shift: the encoder never sets them.
      value |= (byte & LOW_BITS) << shift;
      shift += 7;
    }
    values[i] = value;
  }
  return values;
}
