import { NewsdeskError } from './errors.ts';
import { VarintReader, VarintWriter } from './varint-codec.ts';

/**
 * The postings of a packed index: one byte array of varints (see varint-codec.ts) holding each term's
 * postings in turn, kept so in memory, read in place, and saved as they are. A term is its number of
 * fields, then per field its id, its number of documents, the byte length of its pairs and the pairs:
 * per document, twice the gap from the previous short id in the field (less one; from -1 for the first)
 * plus 1 when a frequency other than 1 follows, and then that frequency. Short ids ascend within a
 * field (MiniSearch appends documents in the order it numbers them) and most frequencies are 1, so most
 * pairs take a byte or two where an Int32Array takes eight.
 */

/** Short ids from here on are too large to keep as twice their gap in 32 bits; MiniSearch never nears it. */
const MAX_SHORT_ID = 2 ** 30;

const damaged = () => new NewsdeskError('snapshot-invalid', 'packed index postings are damaged');

/** One field's postings within a term. */
export interface PackedField {
  readonly fieldId: number;
  readonly count: number;
  /** Where its pairs start and end in the bytes. */
  readonly start: number;
  readonly end: number;
}

/**
 * Writes a term's postings (field id → short id → term frequency).
 * @throws Error when a short id is negative or past {@link MAX_SHORT_ID}.
 */
export function writeTerm(
  writer: VarintWriter,
  fields: ReadonlyMap<number, ReadonlyMap<number, number>>,
): void {
  writer.write(fields.size);
  for (const [fieldId, documents] of fields) writeField(writer, fieldId, documents);
}

/**
 * Writes one field of a term's postings: its id, how many documents, the length of their pairs, the pairs.
 * @throws Error when a short id is negative or past {@link MAX_SHORT_ID}.
 */
export function writeField(
  writer: VarintWriter,
  fieldId: number,
  documents: ReadonlyMap<number, number>,
): void {
  const pairs = encodePairs(documents, -1);
  writer.write(fieldId);
  writer.write(documents.size);
  writer.write(pairs.length);
  writer.append(pairs.bytes());
}

/**
 * The pairs of a field's postings (ascending short ids, all past `previous`), as a field of a term holds
 * them after those up to `previous`.
 * @throws Error when a short id is negative or past {@link MAX_SHORT_ID}.
 */
export function encodePairs(documents: ReadonlyMap<number, number>, previous: number): VarintWriter {
  const pairs = new VarintWriter();
  let last = previous;
  for (const [shortId, frequency] of documents) {
    if (shortId < 0 || shortId >= MAX_SHORT_ID) throw new Error(`short id ${shortId} cannot be packed`);
    // Within ±2^30, so twice the gap plus one stays a 32-bit integer.
    pairs.write(2 * (shortId - last - 1) + (frequency === 1 ? 0 : 1));
    if (frequency !== 1) pairs.write(frequency);
    last = shortId;
  }
  return pairs;
}

/** The fields of the term that starts at `start`. */
export function* packedFields(bytes: Uint8Array, start: number): Generator<PackedField> {
  const reader = new VarintReader(bytes, start, bytes.length);
  const fields = reader.next();
  for (let f = 0; f < fields; f++) {
    const fieldId = reader.next();
    const count = reader.next();
    const length = reader.next();
    const at = reader.at;
    reader.at = at + length;
    yield { fieldId, count, start: at, end: Math.min(at + length, bytes.length) };
  }
}

/** How many fields the term that starts at `start` has. */
export function fieldCountAt(bytes: Uint8Array, start: number): number {
  return new VarintReader(bytes, start, bytes.length).next();
}

/**
 * Calls back with every (short id, frequency) pair of a field, in order, for as long as the callback
 * returns true; returns whether it ran to the end.
 */
export function forEachPair(
  bytes: Uint8Array,
  field: PackedField,
  callback: (shortId: number, frequency: number) => boolean,
): boolean {
  const reader = new VarintReader(bytes, field.start, field.end);
  let previous = -1;
  for (let d = 0; d < field.count && !reader.done; d++) {
    const value = reader.next();
    const shortId = previous + (value >> 1) + 1;
    const frequency = (value & 1) === 0 ? 1 : reader.next();
    if (!callback(shortId, frequency)) return false;
    previous = shortId;
  }
  return true;
}

/**
 * Where the term that starts at `start` ends, checking that its fields lie within the bytes: what
 * loading checks of saved postings (see {@link VarintReader} on what is not checked).
 * @throws NewsdeskError `snapshot-invalid` when a field runs past the end.
 */
export function endOfTerm(bytes: Uint8Array, start: number): number {
  // Called for every term as a snapshot loads, so no local helper function: run by tsx, each one made
  // is named by a helper call (esbuild's keepNames), which costs more than the reading itself.
  const reader = new VarintReader(bytes, start, bytes.length);
  const fields = reader.nextWhole();
  if (fields === null || fields < 0) throw damaged();
  for (let f = 0; f < fields; f++) {
    const fieldId = reader.nextWhole();
    const count = reader.nextWhole();
    const length = reader.nextWhole();
    if (fieldId === null || count === null || length === null) throw damaged();
    if (fieldId < 0 || count < 0 || length < 0 || reader.at + length > bytes.length) throw damaged();
    reader.at += length;
  }
  return reader.at;
}
