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

const cutShort = () => new NewsdeskError('snapshot-invalid', 'packed index data is cut short');
const damaged = () => new NewsdeskError('snapshot-invalid', 'packed index data is damaged');

/** Reads the values of {@link encodeVarints} text one by one. */
export class VarintReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  /** @throws NewsdeskError `snapshot-invalid` when the last value is cut short. */
  constructor(text: string) {
    this.#bytes = Buffer.from(text, 'base64');
    const length = this.#bytes.length;
    if (length > 0 && ((this.#bytes[length - 1] ?? 0) & MORE) !== 0) throw cutShort();
  }

  /** How many bytes the text holds: at most that many values are left. */
  get byteLength(): number {
    return this.#bytes.length;
  }

  get done(): boolean {
    return this.#at >= this.#bytes.length;
  }

  /**
   * The next value.
   * @throws NewsdeskError `snapshot-invalid` past the last value, or on a varint of more than 32 bits.
   */
  next(): number {
    const bytes = this.#bytes;
    if (this.#at >= bytes.length) throw cutShort();
    let byte = bytes[this.#at++] ?? 0;
    // Most values are under 128: one byte, read without the loop.
    if (byte < MORE) return byte;
    let value = byte & LOW_BITS;
    let shift = 7;
    do {
      if (shift >= 7 * MAX_BYTES) throw damaged();
      // The last byte has no high bit (checked when constructed), so this stays within the bytes.
      byte = bytes[this.#at++] ?? 0;
      // A fifth byte's bits past the 32nd fall off the shift: the encoder never sets them.
      value |= (byte & LOW_BITS) << shift;
      shift += 7;
    } while ((byte & MORE) !== 0);
    return value;
  }

  /** How many values are left: every value ends on a byte without the high bit. */
  remaining(): number {
    let count = 0;
    for (let i = this.#at; i < this.#bytes.length; i++) if (((this.#bytes[i] ?? 0) & MORE) === 0) count++;
    return count;
  }
}

/**
 * The values of {@link encodeVarints} text.
 * @throws NewsdeskError `snapshot-invalid` when the text does not decode to whole varints of 32 bits.
 */
export function decodeVarints(text: string): Int32Array {
  const reader = new VarintReader(text);
  const values = new Int32Array(reader.remaining());
  for (let i = 0; i < values.length; i++) values[i] = reader.next();
  return values;
}
