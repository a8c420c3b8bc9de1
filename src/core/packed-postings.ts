import { NewsdeskError } from './errors.ts';
import { decodeVarints, encodeVarints } from './varint-codec.ts';

/**
 * The postings of a packed index are one flat Int32Array: per term, its number of fields, then per
 * field its id, its number of documents and that many (short id, term frequency) pairs. Saved, each
 * short id is kept as its gap from the one before it in the field (less one), and the whole array as
 * varints: short ids ascend within a field (MiniSearch appends documents in the order it numbers
 * them), so gaps and frequencies are small numbers of a byte or two.
 */

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
 * Replaces every short id in place: with its gap from the previous one when `toGaps`, else back from
 * its gap. The gap before a field's first id is from -1. Wrapping 32-bit arithmetic, so ids in any
 * order come back as they were (out of order, a gap is negative and takes five bytes).
 * @throws NewsdeskError `snapshot-invalid` when a field's pairs run past the end.
 */
function convertIds(postings: Int32Array, toGaps: boolean): void {
  const length = postings.length;
  let at = 0;
  while (at < length) {
    const fields = postings[at++] ?? 0;
    for (let f = 0; f < fields; f++) {
      const count = postings[at + 1] ?? 0;
      at += 2;
      if (at + 2 * count > length) throw damaged();
      let previous = -1;
      for (let d = 0; d < count; d++, at += 2) {
        const value = postings[at] ?? 0;
        const id = toGaps ? value : (previous + value + 1) | 0;
        postings[at] = toGaps ? value - previous - 1 : id;
        previous = id;
      }
    }
  }
  if (at !== length) throw damaged();
}

/** The postings as text for a snapshot. */
export function encodePostings(postings: Int32Array): string {
  const gaps = postings.slice();
  convertIds(gaps, true);
  return encodeVarints(gaps);
}

/**
 * The postings of {@link encodePostings} text.
 * @throws NewsdeskError `snapshot-invalid` when the text is damaged.
 */
export function decodePostings(text: string): Int32Array {
  const postings = decodeVarints(text);
  convertIds(postings, false);
  return postings;
}
