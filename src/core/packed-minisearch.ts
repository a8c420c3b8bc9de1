import MiniSearch, { type Options } from 'minisearch';
import { NewsdeskError } from './errors.ts';
import { LazyMap } from './lazy-map.ts';
import { endOfTerm, writeTerm } from './packed-postings.ts';
import { type PackedStore, PackedTermData } from './packed-term.ts';
import { ShortIdMap } from './short-id-map.ts';
import { TermTable } from './term-table.ts';
import { decodeVarints, encodeVarints, VarintWriter } from './varint-codec.ts';

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
      if (!(data instanceof PackedTermData && data.writePacked(writer))) writeTerm(writer, data);
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
