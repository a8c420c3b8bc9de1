import MiniSearch, { type Options } from 'minisearch';
import { NewsdeskError } from './errors.ts';

/**
 * A MiniSearch index saved as a few flat arrays instead of MiniSearch's JSON (an object per term and
 * per posting), so that a large index is written and read back in a fraction of the time.
 */
export interface PackedIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  averageFieldLength: number[];
  /** Document ids by short id; `null` where a short id is no longer used. */
  documentIds: (string | null)[];
  /** Per short id, one length per field; -1 for an unused short id. Base64 of an Int32Array. */
  fieldLengths: string;
  terms: string[];
  /**
   * Per term, in the order of `terms`: the number of fields, then for each field its id, its number of
   * documents and that many (short id, term frequency) pairs. Base64 of an Int32Array.
   */
  postings: string;
}

type FieldTermData = Map<number, Map<number, number>>;

const toBase64 = (values: Int32Array) =>
  Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

function fromBase64(text: string): Int32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new NewsdeskError('snapshot-invalid', 'packed index data is damaged');
  // Copy into an aligned buffer: a Buffer may start at any byte offset of its pool.
  const aligned = new Uint8Array(bytes.byteLength);
  aligned.set(bytes);
  return new Int32Array(aligned.buffer);
}

/** Where a term's postings end, given where they start. */
function endOfTerm(packed: Int32Array, start: number): number {
  let at = start;
  const fields = packed[at++] ?? 0;
  for (let f = 0; f < fields; f++) {
    at++;
    const count = packed[at++] ?? 0;
    at += 2 * count;
  }
  return at;
}

/**
 * A term's postings that stay packed until the index first reads them: a restored index is usable at
 * once, and only the terms that questions touch are ever unpacked. To MiniSearch it is a plain Map.
 */
class PackedTermData extends Map<number, Map<number, number>> {
  #packed: Int32Array | null;
  readonly #start: number;

  constructor(packed: Int32Array, start: number) {
    super();
    this.#packed = packed;
    this.#start = start;
  }

  /** The packed postings, while they have not been unpacked. */
  packedSlice(): Int32Array | null {
    return this.#packed ? this.#packed.subarray(this.#start, endOfTerm(this.#packed, this.#start)) : null;
  }

  #unpack(): void {
    const packed = this.#packed;
    if (!packed) return;
    this.#packed = null;
    let at = this.#start;
    const fields = packed[at++] ?? 0;
    for (let f = 0; f < fields; f++) {
      const fieldId = packed[at++] ?? 0;
      const count = packed[at++] ?? 0;
      const documents = new Map<number, number>();
      for (let d = 0; d < count; d++, at += 2) documents.set(packed[at] ?? 0, packed[at + 1] ?? 0);
      super.set(fieldId, documents);
    }
  }

  override get(key: number) {
    this.#unpack();
    return super.get(key);
  }
  override has(key: number) {
    this.#unpack();
    return super.has(key);
  }
  override set(key: number, value: Map<number, number>) {
    this.#unpack();
    return super.set(key, value);
  }
  override delete(key: number) {
    this.#unpack();
    return super.delete(key);
  }
  override clear() {
    this.#packed = null;
    super.clear();
  }
  override get size() {
    this.#unpack();
    return super.size;
  }
  override forEach(
    callback: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void,
  ) {
    this.#unpack();
    super.forEach(callback);
  }
  override keys() {
    this.#unpack();
    return super.keys();
  }
  override values() {
    this.#unpack();
    return super.values();
  }
  override entries() {
    this.#unpack();
    return super.entries();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
}

/**
 * MiniSearch with a compact save format. It reads and writes the index's documented data structures
 * (the protected fields subclasses may use); searching, adding and removing are MiniSearch's own.
 */
export class PackedMiniSearch<T> extends MiniSearch<T> {
  /** Saves the index as flat arrays. */
  pack(): PackedIndex {
    const fieldCount = Object.keys(this._fieldIds).length;
    const documentIds: (string | null)[] = Array.from({ length: this._nextId }, () => null);
    for (const [shortId, id] of this._documentIds) documentIds[shortId] = String(id);
    const fieldLengths = new Int32Array(this._nextId * fieldCount).fill(-1);
    for (const [shortId, lengths] of this._fieldLength) {
      lengths.forEach((length, field) => {
        fieldLengths[shortId * fieldCount + field] = length ?? 0;
      });
    }
    const terms: string[] = [];
    const chunks: Int32Array[] = [];
    let size = 0;
    for (const [term, data] of this._index) {
      terms.push(term);
      const still = data instanceof PackedTermData ? data.packedSlice() : null;
      const chunk = still ?? PackedMiniSearch.packTerm(data);
      chunks.push(chunk);
      size += chunk.length;
    }
    const postings = new Int32Array(size);
    let at = 0;
    for (const chunk of chunks) {
      postings.set(chunk, at);
      at += chunk.length;
    }
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: [...this._avgFieldLength],
      documentIds,
      fieldLengths: toBase64(fieldLengths),
      terms,
      postings: toBase64(postings),
    };
  }

  private static packTerm(data: FieldTermData): Int32Array {
    let size = 1;
    for (const documents of data.values()) size += 2 + 2 * documents.size;
    const out = new Int32Array(size);
    let at = 0;
    out[at++] = data.size;
    for (const [fieldId, documents] of data) {
      out[at++] = fieldId;
      out[at++] = documents.size;
      for (const [shortId, frequency] of documents) {
        out[at++] = shortId;
        out[at++] = frequency;
      }
    }
    return out;
  }

  /**
   * Restores an index saved with {@link PackedMiniSearch.pack}, given the options it was built with.
   * @throws Error when the packed data is inconsistent.
   */
  static unpack<T>(packed: PackedIndex, options: Options<T>): PackedMiniSearch<T> {
    const index = new PackedMiniSearch<T>(options);
    const fieldCount = Object.keys(index._fieldIds).length;
    const fieldLengths = fromBase64(packed.fieldLengths);
    const postings = fromBase64(packed.postings);
    if (fieldLengths.length !== packed.nextId * fieldCount || packed.averageFieldLength.length > fieldCount) {
      throw new NewsdeskError('snapshot-invalid', 'packed index does not fit its fields');
    }
    index._documentCount = packed.documentCount;
    index._nextId = packed.nextId;
    index._dirtCount = packed.dirtCount;
    index._avgFieldLength = [...packed.averageFieldLength];
    packed.documentIds.forEach((id, shortId) => {
      if (id === null) return;
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      // A field a document did not have stays a hole, as MiniSearch leaves it.
      const lengths: number[] = [];
      for (let field = 0; field < fieldCount; field++) {
        const length = fieldLengths[shortId * fieldCount + field] ?? -1;
        if (length >= 0) lengths[field] = length;
      }
      index._fieldLength.set(shortId, lengths);
    });
    let at = 0;
    for (const term of packed.terms) {
      if (at >= postings.length)
        throw new NewsdeskError('snapshot-invalid', 'packed index postings are cut short');
      index._index.set(term, new PackedTermData(postings, at));
      at = endOfTerm(postings, at);
    }
    if (at !== postings.length || index._documentIds.size !== packed.documentCount) {
      throw new NewsdeskError('snapshot-invalid', 'packed index does not add up');
    }
    return index;
  }
}
