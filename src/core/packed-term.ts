import { EntriesView } from './entries-view.ts';
import {
  encodePairs,
  endOfTerm,
  fieldCountAt,
  forEachPair,
  type PackedField,
  packedFields,
  writeField,
} from './packed-postings.ts';
import { VarintReader, type VarintWriter } from './varint-codec.ts';

/** One field's postings of a term, as MiniSearch keeps them: document short id → term frequency. */
export type DocumentFrequencies = Map<number, number>;

/**
 * The packed postings of an index, and the first short id they cannot hold: MiniSearch numbers new
 * documents from there on, so looking one up (as adding it does, for each of its terms) needs no search,
 * and its postings can be kept beside the packed ones without ever being among them.
 */
export interface PackedStore {
  readonly bytes: Uint8Array;
  readonly nextId: number;
}

/**
 * One field's postings of a packed term (document short id → term frequency), read in place from the
 * packed bytes, followed by those of documents added since (short ids from the store's `nextId` on).
 * Once its term is unpacked (a change to the index removed something from it), it reads the term's live
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
    return this.#live()?.size ?? this.#field.count + (this.#term.addedTo(this.#field.fieldId)?.size ?? 0);
  }

  get(shortId: number): number | undefined {
    const live = this.#live();
    if (live) return live.get(shortId);
    if (shortId === this.#lastId) return this.#lastFrequency;
    if (shortId >= this.#store.nextId) return this.#term.addedTo(this.#field.fieldId)?.get(shortId);
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
    // A document added since the term was packed leaves the packed postings as they are.
    if (this.#term.isPacked() && shortId >= this.#store.nextId)
      this.#term.add(this.#field.fieldId, shortId, frequency);
    else this.#term.liveField(this.#field.fieldId).set(shortId, frequency);
    return this;
  }

  delete(shortId: number): boolean {
    return this.#term.liveField(this.#field.fieldId).delete(shortId);
  }

  clear(): void {
    this.#term.liveField(this.#field.fieldId).clear();
  }

  *entries(): Generator<[number, number]> {
    // Taken now: unpacking the term meanwhile moves these pairs into its live map.
    const added = this.#term.addedTo(this.#field.fieldId);
    // The pairs decoded in place (as forEachPair does), since a callback cannot yield.
    const { count, start, end } = this.#field;
    const reader = new VarintReader(this.#store.bytes, start, end);
    let previous = -1;
    for (let d = 0; d < count && !reader.done; d++) {
      const value = reader.next();
      const shortId = previous + (value >> 1) + 1;
      const frequency = (value & 1) === 0 ? 1 : reader.next();
      previous = shortId;
      const pair = this.#handOut(shortId, frequency);
      if (pair) yield pair;
    }
    for (const [shortId, frequency] of added ?? []) {
      const pair = this.#handOut(shortId, frequency);
      if (pair) yield pair;
    }
  }

  /** The pair to hand out, or `null` for an entry deleted since the term was unpacked (as Map iteration skips it). */
  #handOut(shortId: number, frequency: number): [number, number] | null {
    const live = this.#live();
    if (live && !live.has(shortId)) return null;
    this.#lastId = shortId;
    this.#lastFrequency = frequency;
    return [shortId, live ? (live.get(shortId) ?? 0) : frequency];
  }
}

/**
 * A term's postings that stay packed, read in place, until a change to the index removes something
 * from the term; only then are they unpacked into Maps. Documents added meanwhile (the common change:
 * an article edited or added) are kept in small Maps beside the packed postings, so that adding an
 * article costs its own postings, not those of every common word it uses. To MiniSearch it is a plain
 * Map of field id → postings. Not a Map itself: an empty Map per term would cost more than the packed
 * postings of most terms.
 */
export class PackedTermData extends EntriesView<number, DocumentFrequencies> {
  #store: PackedStore | null;
  readonly #start: number;
  #unpacked: Map<number, DocumentFrequencies> | null = null;
  /** While packed: postings of documents added since, by field (a field may have no packed ones). */
  #added: Map<number, DocumentFrequencies> | null = null;

  constructor(store: PackedStore, start: number) {
    super();
    this.#store = store;
    this.#start = start;
  }

  isPacked(): boolean {
    return this.#store !== null;
  }

  /**
   * Writes the term as packed postings (as writeTerm in packed-postings.ts would) while it is still
   * packed: its packed pairs copied as they are, those added since encoded after them. Returns whether
   * it did; an unpacked term is written from its Maps.
   */
  writePacked(writer: VarintWriter): boolean {
    const bytes = this.#store?.bytes;
    if (!bytes) return false;
    const added = this.#added;
    if (!added) {
      writer.append(bytes.subarray(this.#start, endOfTerm(bytes, this.#start)));
      return true;
    }
    const fields = [...packedFields(bytes, this.#start)];
    const addedOnly = [...added].filter(([fieldId]) => !fields.some((f) => f.fieldId === fieldId));
    writer.write(fields.length + addedOnly.length);
    for (const field of fields) {
      const more = added.get(field.fieldId);
      let last = -1;
      if (more)
        forEachPair(bytes, field, (shortId) => {
          last = shortId;
          return true;
        });
      const tail = more ? encodePairs(more, last) : null;
      writer.write(field.fieldId);
      writer.write(field.count + (more?.size ?? 0));
      writer.write(field.end - field.start + (tail?.length ?? 0));
      writer.append(bytes.subarray(field.start, field.end));
      if (tail) writer.append(tail.bytes());
    }
    for (const [fieldId, postings] of addedOnly) writeField(writer, fieldId, postings);
    return true;
  }

  /** The postings of documents added to a field since the term was packed, if any. */
  addedTo(fieldId: number): DocumentFrequencies | undefined {
    return this.#added?.get(fieldId);
  }

  /** Adds a posting of a document added since the term was packed (short id past the store's). */
  add(fieldId: number, shortId: number, frequency: number): void {
    this.#added ??= new Map();
    let postings = this.#added.get(fieldId);
    if (!postings) {
      postings = new Map();
      this.#added.set(fieldId, postings);
    }
    postings.set(shortId, frequency);
  }

  #packedField(fieldId: number): PackedField | undefined {
    const store = this.#store;
    if (!store) return undefined;
    for (const field of packedFields(store.bytes, this.#start)) if (field.fieldId === fieldId) return field;
    return undefined;
  }

  /** The term as Maps, unpacked now if it is still packed: the packed postings, then those added. */
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
    for (const [fieldId, added] of this.#added ?? []) {
      const packed = fields.get(fieldId);
      if (packed) for (const [shortId, frequency] of added) packed.set(shortId, frequency);
      else fields.set(fieldId, added);
    }
    this.#store = null;
    this.#added = null;
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
    const field = this.#packedField(fieldId);
    if (field) return new PackedPostings(this, store, field) as unknown as DocumentFrequencies;
    return this.#added?.get(fieldId);
  }

  has(fieldId: number): boolean {
    return this.get(fieldId) !== undefined;
  }

  get size(): number {
    if (this.#unpacked) return this.#unpacked.size;
    let size = fieldCountAt((this.#store as PackedStore).bytes, this.#start);
    for (const fieldId of this.#added?.keys() ?? []) if (!this.#packedField(fieldId)) size++;
    return size;
  }

  set(fieldId: number, frequencies: DocumentFrequencies): this {
    // MiniSearch sets a field's map when the term gets its first posting in that field.
    if (this.isPacked() && !this.#packedField(fieldId)) {
      this.#added ??= new Map();
      this.#added.set(fieldId, frequencies);
    } else this.#fields().set(fieldId, frequencies);
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
    const added = this.#added ? [...this.#added] : [];
    const packedIds: number[] = [];
    for (const field of packedFields(store.bytes, this.#start)) {
      packedIds.push(field.fieldId);
      // A field deleted while this iteration ran (the term was unpacked meanwhile) is skipped.
      if (this.#unpacked) {
        const live = (this.#unpacked as Map<number, DocumentFrequencies>).get(field.fieldId);
        if (live) yield [field.fieldId, live];
      } else yield [field.fieldId, new PackedPostings(this, store, field) as unknown as DocumentFrequencies];
    }
    for (const [fieldId, postings] of added) {
      if (packedIds.includes(fieldId)) continue;
      const live = this.#unpacked
        ? (this.#unpacked as Map<number, DocumentFrequencies>).get(fieldId)
        : postings;
      if (live) yield [fieldId, live];
    }
  }
}
