import MiniSearch, { type Options } from 'minisearch';
import { EntriesView } from './entries-view.ts';
import { NewsdeskError } from './errors.ts';
import { LazyMap } from './lazy-map.ts';
import {
  endOfTerm,
  fieldCountAt,
  forEachPair,
  type PackedField,
  packedFields,
  writeTerm,
} from './packed-postings.ts';
import { ShortIdMap } from './short-id-map.ts';
import { TermTable } from './term-table.ts';
import { decodeVarints, encodeVarints, VarintReader, VarintWriter } from './varint-codec.ts';

/**
 * A MiniSearch index saved as a few packed lists instead of MiniSearch's JSON (an object per term and
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
  /** Per term, in the order of `terms`, its postings: base64 of the bytes packed-postings.ts lays out. */
  postings: string;
}

type FieldTermData = Map<number, Map<number, number>>;

type DocumentFrequencies = Map<number, number>;

/**
 * The packed postings of an index, and the first short id they cannot hold: MiniSearch numbers new
 * documents from there on, so looking one up (as adding it does, for each of its terms) needs no search.
 */
interface PackedStore {
  readonly bytes: Uint8Array;
  readonly nextId: number;
}

/**
 * One field's postings of a packed term (document short id → term frequency), read in place from the
 * packed bytes. Once its term is unpacked (a change to the index touched it), it reads the term's live
 * map instead, so that a change made while MiniSearch iterates it shows as it would on a Map.
 */
class PackedPostings extends EntriesView<number, number> {
  readonly #term: PackedTermData;
  readonly #store: PackedStore;
  readonly #field: PackedField;
  // The last pair handed out: MiniSearch reads each key's frequency right after it.
  #lastId = -1;
  #lastFrequency = 0;

  constructor(term: PackedTermData, store: PackedStore, field: PackedField) {
    super();
    this.#term = term;
    this.#store = store;
    this.#field = field;
  }

  #live(): DocumentFrequencies | null {
    return this.#term.isPacked() ? null : this.#term.liveField(this.#field.fieldId);
  }

  get size(): number {
    return this.#live()?.size ?? this.#field.count;
  }

  get(shortId: number): number | undefined {
    const live = this.#live();
    if (live) return live.get(shortId);
    if (shortId === this.#lastId) return this.#lastFrequency;
    if (shortId >= this.#store.nextId) return undefined;
    let found: number | undefined;
    forEachPair(this.#store.bytes, this.#field, (id, frequency) => {
      if (id === shortId) found = frequency;
      return found === undefined;
    });
    return found;
  }

  has(shortId: number): boolean {
    return this.get(shortId) !== undefined;
  }

  set(shortId: number, frequency: number): this {
    this.#term.liveField(this.#field.fieldId).set(shortId, frequency);
    return this;
  }

  delete(shortId: number): boolean {
    return this.#term.liveField(this.#field.fieldId).delete(shortId);
  }

  clear(): void {
    this.#term.liveField(this.#field.fieldId).clear();
  }

  *entries(): Generator<[number, number]> {
    // The pairs decoded in place (as forEachPair does), since a callback cannot yield.
    const { count, start, end } = this.#field;
    const reader = new VarintReader(this.#store.bytes, start, end);
    let previous = -1;
    for (let d = 0; d < count && !reader.done; d++) {
      const value = reader.next();
      const shortId = previous + (value >> 1) + 1;
      const frequency = (value & 1) === 0 ? 1 : reader.next();
      previous = shortId;
      const live = this.#live();
      // An entry deleted since the term was unpacked is skipped, as Map iteration skips it.
      if (live && !live.has(shortId)) continue;
      this.#lastId = shortId;
      this.#lastFrequency = frequency;
      yield [shortId, live ? (live.get(shortId) ?? 0) : frequency];
    }
  }
}

/**
 * A term's postings that stay packed, read in place, until a change to the index touches the term; only
 * then are they unpacked into Maps. To MiniSearch it is a plain Map of field id → postings. Not a Map
 * itself: an empty Map per term would cost more than the packed postings of most terms.
 */
class PackedTermData extends EntriesView<number, DocumentFrequencies> {
  #store: PackedStore | null;
  readonly #start: number;
  #unpacked: Map<number, DocumentFrequencies> | null = null;

  constructor(store: PackedStore, start: number) {
    super();
    this.#store = store;
    this.#start = start;
  }

  isPacked(): boolean {
    return this.#store !== null;
  }

  /** The packed postings, while they have not been unpacked. */
  packedSlice(): Uint8Array | null {
    const bytes = this.#store?.bytes;
    return bytes ? bytes.subarray(this.#start, endOfTerm(bytes, this.#start)) : null;
  }

  /** The term as Maps, unpacked now if it is still packed. */
  #fields(): Map<number, DocumentFrequencies> {
    if (this.#unpacked) return this.#unpacked;
    const fields = new Map<number, DocumentFrequencies>();
    const bytes = this.#store?.bytes;
    if (bytes) {
      for (const field of packedFields(bytes, this.#start)) {
        const frequencies: DocumentFrequencies = new Map();
        forEachPair(bytes, field, (shortId, frequency) => {
          frequencies.set(shortId, frequency);
          return true;
        });
        fields.set(field.fieldId, frequencies);
      }
    }
    this.#store = null;
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

  get(fieldId: number): DocumentFrequencies | undefined {
    if (this.#unpacked) return this.#unpacked.get(fieldId);
    const store = this.#store as PackedStore;
    for (const field of packedFields(store.bytes, this.#start)) {
      if (field.fieldId === fieldId) return this.#view(store, field);
    }
    return undefined;
  }

  #view(store: PackedStore, field: PackedField): DocumentFrequencies {
    return new PackedPostings(this, store, field) as unknown as DocumentFrequencies;
  }

  has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  get size(): number {
    return this.#unpacked
      ? this.#unpacked.size
      : fieldCountAt((this.#store as PackedStore).bytes, this.#start);
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
    const store = this.#store;
    if (this.#unpacked || !store) {
      yield* (this.#unpacked as Map<number, DocumentFrequencies>).entries();
      return;
    }
    for (const field of packedFields(store.bytes, this.#start)) {
      // A field deleted while this iteration ran (the term was unpacked meanwhile) is skipped.
      if (this.#unpacked) {
        const live = (this.#unpacked as Map<number, DocumentFrequencies>).get(field.fieldId);
        if (live) yield [field.fieldId, live];
      } else yield [field.fieldId, this.#view(store, field)];
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
  constructor(options: Options<T>) {
    super(options);
    this._index = new TermTable<FieldTermData>() as unknown as typeof this._index;
  }

  /** Saves the index as packed lists. */
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
    const { terms, bytes } = this.#packedPostings();
    return {
      documentCount: this._documentCount,
      nextId: this._nextId,
      dirtCount: this._dirtCount,
      averageFieldLength: [...this._avgFieldLength],
      documentIds,
      fieldLengths: encodeVarints(fieldLengths),
      terms,
      postings: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  }

  /**
   * Packs every term's postings into one byte array, read in place from then on (a term is unpacked
   * again only when a change to the index touches it), and lets documents with the same field lengths
   * share one array of them: a fraction of the memory of MiniSearch's Maps, and the same search results.
   */
  compact(): void {
    const { terms, starts, bytes } = this.#packedPostings();
    const store: PackedStore = { bytes, nextId: this._nextId };
    terms.forEach((term, i) => {
      this._index.set(term, new PackedTermData(store, starts[i] ?? 0) as unknown as FieldTermData);
    });
    shareFieldLengths(this._fieldLength);
  }

  /** Every term's postings, in the order of the terms, as one byte array; where each term starts in it. */
  #packedPostings(): { terms: string[]; starts: number[]; bytes: Uint8Array } {
    const terms: string[] = [];
    const starts: number[] = [];
    const writer = new VarintWriter();
    for (const [term, data] of this._index) {
      terms.push(term);
      starts.push(writer.length);
      const still = data instanceof PackedTermData ? data.packedSlice() : null;
      if (still) writer.append(still);
      else writeTerm(writer, data);
    }
    return { terms, starts, bytes: writer.bytes() };
  }

  /**
   * Restores an index saved with {@link PackedMiniSearch.pack}, given the options it was built with.
   * @throws Error when the packed data is inconsistent.
   */
  static unpack<T>(packed: PackedIndex, options: Options<T>): PackedMiniSearch<T> {
    const index = new PackedMiniSearch<T>(options);
    const fieldCount = Object.keys(index._fieldIds).length;
    const fieldLengths = decodeVarints(packed.fieldLengths);
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
    index._idToShortId = new LazyMap<string, number>((map) => {
      documents.forEach((id, shortId) => {
        map.set(id, shortId);
      });
    }) as unknown as Map<string, number>;
    // Every term's fields are checked to lie within the bytes; the pairs are read when searched.
    const bytes = Buffer.from(packed.postings, 'base64');
    const store: PackedStore = { bytes, nextId: packed.nextId };
    let at = 0;
    for (const term of packed.terms) {
      if (at >= bytes.length)
        throw new NewsdeskError('snapshot-invalid', 'packed index postings are cut short');
      index._index.set(term, new PackedTermData(store, at) as unknown as FieldTermData);
      at = endOfTerm(bytes, at);
    }
    if (at !== bytes.length || index._documentIds.size !== packed.documentCount) {
      throw new NewsdeskError('snapshot-invalid', 'packed index does not add up');
    }
    return index;
  }
}
