import MiniSearch, { type Options } from 'minisearch';
import { EntriesView } from './entries-view.ts';
import { NewsdeskError } from './errors.ts';
import { LazyMap } from './lazy-map.ts';
import { decodePostings, encodePostings, endOfTerm } from './packed-postings.ts';
import { ShortIdMap } from './short-id-map.ts';
import { decodeVarints, encodeVarints } from './varint-codec.ts';

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
  /** Per short id, one length per field; -1 for an unused short id. Varints (see varint-codec.ts). */
  fieldLengths: string;
  terms: string[];
  /** Per term, in the order of `terms`, its postings: see packed-postings.ts for the layout and coding. */
  postings: string;
}

type FieldTermData = Map<number, Map<number, number>>;

type DocumentFrequencies = Map<number, number>;

/**
 * One field's postings of a packed term (document short id → term frequency), read in place from the
 * packed pairs. Once its term is unpacked (a change to the index touched it), it reads the term's live
 * map instead, so that a change made while MiniSearch iterates it shows as it would on a Map.
 */
class PackedPostings extends EntriesView<number, number> {
  readonly #term: PackedTermData;
  readonly #fieldId: number;
  readonly #packed: Int32Array;
  readonly #start: number;
  readonly #count: number;
  // Pair index of the last key handed out: MiniSearch reads each key's frequency right after it.
  #cursor = 0;

  constructor(term: PackedTermData, fieldId: number, packed: Int32Array, start: number, count: number) {
    super();
    this.#term = term;
    this.#fieldId = fieldId;
    this.#packed = packed;
    this.#start = start;
    this.#count = count;
  }

  #live(): DocumentFrequencies | null {
    return this.#term.isPacked() ? null : this.#term.liveField(this.#fieldId);
  }

  get size(): number {
    return this.#live()?.size ?? this.#count;
  }

  get(shortId: number): number | undefined {
    const live = this.#live();
    if (live) return live.get(shortId);
    const packed = this.#packed;
    if (this.#cursor < this.#count && packed[this.#start + 2 * this.#cursor] === shortId)
      return packed[this.#start + 2 * this.#cursor + 1];
    for (let i = 0; i < this.#count; i++) {
      if (packed[this.#start + 2 * i] === shortId) return packed[this.#start + 2 * i + 1];
    }
    return undefined;
  }

  has(shortId: number): boolean {
    return this.get(shortId) !== undefined;
  }

  set(shortId: number, frequency: number): this {
    this.#term.liveField(this.#fieldId).set(shortId, frequency);
    return this;
  }

  delete(shortId: number): boolean {
    return this.#term.liveField(this.#fieldId).delete(shortId);
  }

  clear(): void {
    this.#term.liveField(this.#fieldId).clear();
  }

  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.#count; i++) {
      const shortId = this.#packed[this.#start + 2 * i] ?? 0;
      const live = this.#live();
      // An entry deleted since the term was unpacked is skipped, as Map iteration skips it.
      if (live && !live.has(shortId)) continue;
      this.#cursor = i;
      yield [shortId, live ? (live.get(shortId) ?? 0) : (this.#packed[this.#start + 2 * i + 1] ?? 0)];
    }
  }
}

/**
 * A term's postings that stay packed, read in place, until a change to the index touches the term; only
 * then are they unpacked into Maps. To MiniSearch it is a plain Map of field id → postings. Not a Map
 * itself: an empty Map per term would cost more than the packed postings of most terms.
 */
class PackedTermData extends EntriesView<number, DocumentFrequencies> {
  #packed: Int32Array | null;
  readonly #start: number;
  #unpacked: Map<number, DocumentFrequencies> | null = null;

  constructor(packed: Int32Array, start: number) {
    super();
    this.#packed = packed;
    this.#start = start;
  }

  isPacked(): boolean {
    return this.#packed !== null;
  }

  /** The packed postings, while they have not been unpacked. */
  packedSlice(): Int32Array | null {
    return this.#packed ? this.#packed.subarray(this.#start, endOfTerm(this.#packed, this.#start)) : null;
  }

  /** The term as Maps, unpacked now if it is still packed. */
  #fields(): Map<number, DocumentFrequencies> {
    if (this.#unpacked) return this.#unpacked;
    const fields = new Map<number, DocumentFrequencies>();
    const packed = this.#packed;
    if (packed) {
      let at = this.#start;
      const count = packed[at++] ?? 0;
      for (let f = 0; f < count; f++) {
        const fieldId = packed[at++] ?? 0;
        const documents = packed[at++] ?? 0;
        const frequencies: DocumentFrequencies = new Map();
        for (let d = 0; d < documents; d++, at += 2) frequencies.set(packed[at] ?? 0, packed[at + 1] ?? 0);
        fields.set(fieldId, frequencies);
      }
    }
    this.#packed = null;
    this.#unpacked = fields;
    return fields;
  }

  /**
   * A field's map, unpacking the term first if need be; an empty detached map when the field has no
   * postings left (as a Map taken out of the term before would be).
   */
  liveField(fieldId: number): DocumentFrequencies {
    return this.#fields().get(fieldId) ?? new Map();
  }

  /** Each field id with where its postings start and how many documents they hold. */
  *#packedFields(): Generator<{ fieldId: number; start: number; count: number }> {
    const packed = this.#packed;
    if (!packed) return;
    let at = this.#start;
    const fields = packed[at++] ?? 0;
    for (let f = 0; f < fields; f++) {
      const fieldId = packed[at++] ?? 0;
      const count = packed[at++] ?? 0;
      yield { fieldId, start: at, count };
      at += 2 * count;
    }
  }

  get(fieldId: number): DocumentFrequencies | undefined {
    if (this.#unpacked) return this.#unpacked.get(fieldId);
    for (const field of this.#packedFields()) {
      if (field.fieldId === fieldId) return this.#view(field);
    }
    return undefined;
  }

  #view(field: { fieldId: number; start: number; count: number }): DocumentFrequencies {
    const packed = this.#packed as Int32Array;
    return new PackedPostings(
      this,
      field.fieldId,
      packed,
      field.start,
      field.count,
    ) as unknown as DocumentFrequencies;
  }

  has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  get size(): number {
    return this.#unpacked ? this.#unpacked.size : (this.#packed?.[this.#start] ?? 0);
  }

  set(fieldId: number, frequencies: DocumentFrequencies): this {
    this.#fields().set(fieldId, frequencies);
    return this;
  }

  delete(fieldId: number): boolean {
    return this.#fields().delete(fieldId);
  }

  clear(): void {
    this.#fields().clear();
  }

  *entries(): Generator<[number, DocumentFrequencies]> {
    if (this.#unpacked) {
      yield* this.#unpacked.entries();
      return;
    }
    for (const field of this.#packedFields()) {
      // A field deleted while this iteration ran (the term was unpacked meanwhile) is skipped.
      if (this.#unpacked) {
        const live = (this.#unpacked as Map<number, DocumentFrequencies>).get(field.fieldId);
        if (live) yield [field.fieldId, live];
      } else yield [field.fieldId, this.#view(field)];
    }
  }
}

/**
 * Lets documents with the same field lengths share one array of them. MiniSearch writes a document's
 * array only while adding that document (short ids are never reused), so a shared array never changes;
 * and a fresh copy holds just its lengths, where MiniSearch's grown array has room for 17.
 */
function shareFieldLengths(fieldLength: Map<number, number[]>): void {
  const shared = new Map<string, number[]>();
  for (const [shortId, lengths] of fieldLength) {
    // Holes join as empty strings, so `[5, hole]` and `[5, 0]` stay apart.
    const key = lengths.join(',');
    let one = shared.get(key);
    if (one === undefined) {
      one = lengths.slice();
      shared.set(key, one);
    }
    fieldLength.set(shortId, one);
  }
}

/**
 * The field lengths of saved documents as MiniSearch keeps them, documents with the same lengths sharing
 * one array (as {@link shareFieldLengths} leaves them): made straight from the saved rows, without an
 * array per document first.
 */
class FieldLengthRows {
  readonly #lengths: Int32Array;
  readonly #fieldCount: number;
  readonly #rows = new Map<string, number[]>();

  constructor(lengths: Int32Array, fieldCount: number) {
    this.#lengths = lengths;
    this.#fieldCount = fieldCount;
  }

  row(shortId: number): number[] {
    const start = shortId * this.#fieldCount;
    let key = '';
    for (let field = 0; field < this.#fieldCount; field++) key += `${this.#lengths[start + field] ?? -1},`;
    let row = this.#rows.get(key);
    if (row === undefined) {
      // A field a document did not have stays a hole, as MiniSearch leaves it.
      row = [];
      for (let field = 0; field < this.#fieldCount; field++) {
        const length = this.#lengths[start + field] ?? -1;
        if (length >= 0) row[field] = length;
      }
      this.#rows.set(key, row);
    }
    return row;
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
    const { terms, postings } = this.#packedPostings();
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: [...this._avgFieldLength],
      documentIds,
      fieldLengths: encodeVarints(fieldLengths),
      terms,
      postings: encodePostings(postings),
    };
  }

  /**
   * Packs every term's postings into one flat array, read in place from then on (a term is unpacked
   * again only when a change to the index touches it), and lets documents with the same field lengths
   * share one array of them: a fraction of the memory of MiniSearch's Maps, and the same search results.
   */
  compact(): void {
    const { terms, starts, postings } = this.#packedPostings();
    terms.forEach((term, i) => {
      this._index.set(term, new PackedTermData(postings, starts[i] ?? 0) as unknown as FieldTermData);
    });
    shareFieldLengths(this._fieldLength);
  }

  /** Every term's postings, in the order of the terms, as one array; where each term starts in it. */
  #packedPostings(): { terms: string[]; starts: number[]; postings: Int32Array } {
    const terms: string[] = [];
    const starts: number[] = [];
    const chunks: Int32Array[] = [];
    let size = 0;
    for (const [term, data] of this._index) {
      terms.push(term);
      starts.push(size);
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
    return { terms, starts, postings };
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
    const fieldLengths = decodeVarints(packed.fieldLengths);
    const postings = decodePostings(packed.postings);
    if (
      fieldLengths.length !== packed.nextId * fieldCount ||
      packed.documentIds.length !== packed.nextId ||
      packed.averageFieldLength.length > fieldCount
    ) {
      throw new NewsdeskError('snapshot-invalid', 'packed index does not fit its fields');
    }
    index._documentCount = packed.documentCount;
    index._nextId = packed.nextId;
    index._dirtCount = packed.dirtCount;
    index._avgFieldLength = [...packed.averageFieldLength];
    // The per-document tables are arrays by short id (see ShortIdMap), filled without hashing; the
    // table from document id back to short id is made from them when first used (see LazyMap).
    const documentIds = packed.documentIds.slice();
    const rows = new FieldLengthRows(fieldLengths, fieldCount);
    const lengths = documentIds.map((id, shortId) => (id === null ? null : rows.row(shortId)));
    const documents = new ShortIdMap(documentIds);
    index._documentIds = documents as unknown as Map<number, string>;
    index._fieldLength = new ShortIdMap(lengths) as unknown as Map<number, number[]>;
    index._idToShortId = new LazyMap(function* () {
      for (const [shortId, id] of documents) yield [id, shortId] as const;
    }) as unknown as Map<string, number>;
    let at = 0;
    for (const term of packed.terms) {
      if (at >= postings.length)
        throw new NewsdeskError('snapshot-invalid', 'packed index postings are cut short');
      index._index.set(term, new PackedTermData(postings, at) as unknown as FieldTermData);
      at = endOfTerm(postings, at);
    }
    if (at !== postings.length || index._documentIds.size !== packed.documentCount) {
      throw new NewsdeskError('snapshot-invalid', 'packed index does not add up');
    }
    return index;
  }
}
