import { NewsdeskError } from './errors.ts';

/**
 * 32-bit integers as unsigned LEB128 varints: seven bits a byte, the high bit set on all bytes but a
 * value's last. Values 0 to 127 take one byte where an Int32Array takes four, so lists of small numbers
 * (posting gaps, counts, field lengths) take about a quarter of the memory, and a third of the text in
 * base64. A negative value is read as its unsigned 32 bits and takes five bytes; it decodes to itself.
 */

const LOW_BITS = 0x7f;
const MORE = 0x80;
/** Bytes a 32-bit value takes at most: ceil(32 / 7). */
const MAX_BYTES = 5;
/** Where a growing {@link VarintWriter} starts. */
const FIRST_CAPACITY = 1024;

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
  // Sized exactly beforehand: a large list would otherwise need a buffer five times its values.
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
  if (length > 0 && ((bytes[length - 1] ?? 0) & MORE) !== 0)
    throw new NewsdeskError('snapshot-invalid', 'packed index data is cut short');
  // Every value ends on a byte without the high bit, so these bytes count the values.
  let count = 0;
  for (let i = 0; i < length; i++) if (((bytes[i] ?? 0) & MORE) === 0) count++;
  const values = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    let byte = bytes[at++] ?? 0;
    let value = byte & LOW_BITS;
    for (let shift = 7; (byte & MORE) !== 0; shift += 7) {
      if (shift >= 7 * MAX_BYTES) throw new NewsdeskError('snapshot-invalid', 'packed index data is damaged');
      byte = bytes[at++] ?? 0;
      // A fifth byte's bits past the 32nd fall off the shift: the encoder never sets them.
      value |= (byte & LOW_BITS) << shift;
    }
    values[i] = value;
  }
  return values;
}

/**
 * Reads varints in place from bytes, up to an end it never reads past. It never throws: data cut short
 * gives what was read of its last value, so damaged bytes read as wrong numbers, never as an error in
 * the middle of a search. Data is checked where it is loaded (see packed-postings.ts).
 */
export class VarintReader {
  readonly bytes: Uint8Array;
  readonly end: number;
  at: number;

  constructor(bytes: Uint8Array, at: number, end: number) {
    this.bytes = bytes;
    this.at = at;
    this.end = Math.min(end, bytes.length);
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  next(): number {
    const bytes = this.bytes;
    let at = this.at;
    if (at >= this.end) return 0;
    let byte = bytes[at++] ?? 0;
    let value = byte & LOW_BITS;
    for (let shift = 7; (byte & MORE) !== 0 && at < this.end; shift += 7) {
      byte = bytes[at++] ?? 0;
      value |= (byte & LOW_BITS) << shift;
    }
    this.at = at;
    return value;
  }

  /** The next value, or `null` when there is none, or it is cut short by the end. */
  nextWhole(): number | null {
    if (this.done) return null;
    const value = this.next();
    return ((this.bytes[this.at - 1] ?? 0) & MORE) === 0 ? value : null;
  }
}

/** Writes varints into bytes that grow as needed. */
export class VarintWriter {
  #bytes = new Uint8Array(FIRST_CAPACITY);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  #room(extra: number): Uint8Array {
    if (this.#length + extra > this.#bytes.length) {
      const grown = new Uint8Array(Math.max(2 * this.#bytes.length, this.#length + extra));
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    return this.#bytes;
  }

  write(value: number): void {
    const bytes = this.#room(MAX_BYTES);
    let rest = value >>> 0;
    while (rest > LOW_BITS) {
      bytes[this.#length++] = (rest & LOW_BITS) | MORE;
      rest >>>= 7;
    }
    bytes[this.#length++] = rest;
  }

  append(bytes: Uint8Array): void {
    this.#room(bytes.length).set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** A copy of what was written, without the room to grow. */
  bytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}
