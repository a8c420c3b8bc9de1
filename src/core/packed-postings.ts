import { NewsdeskError } from './errors.ts';
import { encodeVarints, VarintReader } from './varint-codec.ts';

/**
 * The postings of a packed index are one flat Int32Array: per term, its number of fields, then per
 * field its id, its number of documents and that many (short id, term frequency) pairs.
 *
 * Saved, they are varints (see varint-codec.ts): first the length of the array, then the array with
 * each pair as one value, twice the short id's gap from the one before it in the field (less one; from
 * -1 for the first) plus 1 when a frequency other than 1 follows. Short ids ascend within a field
 * (MiniSearch appends documents in the order it numbers them) and most frequencies are 1, so most
 * pairs take a byte or two instead of eight.
 */

/** Short ids from here on are too large to save as twice their gap in 32 bits; MiniSearch never nears it. */
const MAX_SHORT_ID = 2 ** 30;

/** Where a term's postings end, given where they start. */
export function endOfTerm(packed: Int32Array, start: number): number {
  let at = start;
  const fields = packed[at++] ?? 0;
  for (let f = 0; f < fields; f++) {
    at++;
    const count = packed[at++] ?? 0;
    at += 2 * count;
  }
  return at;
}

const damaged = () => new NewsdeskError('snapshot-invalid', 'packed index postings are damaged');

/**
 * The postings as text for a snapshot.
 * @throws Error when a short id is past {@link MAX_SHORT_ID}.
 */
export function encodePostings(postings: Int32Array): string {
  // The values to write never outnumber the postings: a pair takes one or two, the rest one each.
  const out = new Int32Array(postings.length + 1);
  let written = 0;
  out[written++] = postings.length;
  let at = 0;
  while (at < postings.length) {
    const fields = postings[at++] ?? 0;
    out[written++] = fields;
    for (let f = 0; f < fields; f++) {
      out[written++] = postings[at++] ?? 0;
      const count = postings[at++] ?? 0;
      out[written++] = count;
      let previous = -1;
      for (let d = 0; d < count; d++) {
        const id = postings[at++] ?? 0;
        const frequency = postings[at++] ?? 0;
        if (id < 0 || id >= MAX_SHORT_ID) throw new Error(`short id ${id} is too large to save`);
        // Within ±2^30, so twice the gap plus one stays a 32-bit integer.
        out[written++] = 2 * (id - previous - 1) + (frequency === 1 ? 0 : 1);
        if (frequency !== 1) out[written++] = frequency;
        previous = id;
      }
    }
  }
  return encodeVarints(out.subarray(0, written));
}

/**
 * The postings of {@link encodePostings} text, read in one pass into the array.
 * @throws NewsdeskError `snapshot-invalid` when the text is damaged.
 */
export function decodePostings(text: string): Int32Array {
  const reader = new VarintReader(text);
  const length = reader.done ? 0 : reader.next();
  // A byte gives at most two values (a pair of frequency 1): a larger length is damage, not a size to allocate.
  if (length < 0 || length > 2 * reader.byteLength) throw damaged();
  const postings = new Int32Array(length);
  let at = 0;
  while (!reader.done) {
    if (at >= length) throw damaged();
    const fields = reader.next();
    postings[at++] = fields;
    for (let f = 0; f < fields; f++) {
      if (at + 2 > length) throw damaged();
      postings[at++] = reader.next();
      const count = reader.next();
      postings[at++] = count;
      if (count < 0 || at + 2 * count > length) throw damaged();
      let previous = -1;
      for (let d = 0; d < count; d++) {
        const value = reader.next();
        const id = previous + (value >> 1) + 1;
        postings[at++] = id;
        postings[at++] = (value & 1) === 0 ? 1 : reader.next();
        previous = id;
      }
    }
  }
  if (at !== length) throw damaged();
  return postings;
}
