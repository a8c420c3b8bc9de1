import { articleIdOf } from './article.ts';
import { NewsdeskError } from './errors.ts';
import type { Article } from './types.ts';
import { decodeVarints, encodeVarints } from './varint-codec.ts';

/**
 * The articles file of a snapshot: the parsed text of every loaded article, as one line of JSON header
 * and then the articles' strings back to back as UTF-8. The header holds, per article, the byte length
 * of its record and the UTF-16 length of each of its strings (file, title, source, date, url, then its
 * paragraphs). Loading decodes each record once and cuts its strings out of it, where a JSON file of
 * the same text costs a decoder pass over every chunk, a parse, and a string per value, copied each time.
 */

/** Says what the file is, so that another file under its name is never read as articles. */
export const ARTICLES_FILE_KIND = 'newsdesk-articles';
/** Bumped whenever the layout of an articles file changes. */
export const ARTICLES_FILE_VERSION = 1;
/** Strings of a record before its paragraphs: file, title, source, date, url. */
const META_STRINGS = 5;
const NEWLINE = 0x0a;
/**
 * Records are decoded this many bytes at a time, into one string that their strings are cut from. A
 * string past V8's largest regular object (128 KiB) is made in the old generation, so the text is never
 * copied by young-generation collections; a string per record was measured a third slower to load.
 */
const CHUNK_BYTES = 1 << 20;

interface ArticlesHeader {
  readonly kind: string;
  readonly version: number;
  readonly count: number;
  /** Varints (see varint-codec.ts): per article, its record's bytes, its string count, their lengths. */
  readonly lengths: string;
}

/** A record as written: its strings joined, and their UTF-8 byte length. */
interface ArticleRecord {
  readonly text: string;
  readonly bytes: number;
}

// The record a decoded article came from: saving it again writes that string as it is, and it costs no
// memory of its own, since the article's strings are cut out of it and keep it alive anyway.
const decodedRecords = new WeakMap<Article, ArticleRecord>();

const damaged = (why: string) => new NewsdeskError('snapshot-invalid', `the snapshot articles ${why}`);

const stringsOf = (article: Article): string[] => [
  article.file,
  article.title,
  article.source,
  article.date,
  article.url,
  ...article.paragraphs.map((p) => p.text),
];

function recordOf(article: Article): ArticleRecord {
  const known = decodedRecords.get(article);
  if (known) return known;
  const text = stringsOf(article).join('');
  return { text, bytes: Buffer.byteLength(text) };
}

/** The articles file of the given articles, in their order. */
export function encodeArticles(articles: readonly Article[]): Buffer {
  const lengths: number[] = [];
  const records = articles.map((article) => {
    const record = recordOf(article);
    const strings = stringsOf(article);
    lengths.push(record.bytes, strings.length);
    for (const s of strings) lengths.push(s.length);
    return record;
  });
  const header: ArticlesHeader = {
    kind: ARTICLES_FILE_KIND,
    version: ARTICLES_FILE_VERSION,
    count: articles.length,
    lengths: encodeVarints(Int32Array.from(lengths)),
  };
  const head = `${JSON.stringify(header)}\n`;
  const headBytes = Buffer.byteLength(head);
  const out = Buffer.allocUnsafe(headBytes + records.reduce((sum, r) => sum + r.bytes, 0));
  let at = out.write(head, 0);
  for (const record of records) at += out.write(record.text, at);
  return out;
}

function headerOf(bytes: Buffer): { header: ArticlesHeader; start: number } {
  const newline = bytes.indexOf(NEWLINE);
  if (newline < 0) throw damaged('have no header');
  let header: ArticlesHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 0, newline)) as ArticlesHeader;
  } catch {
    throw damaged('have no header');
  }
  if (header?.kind !== ARTICLES_FILE_KIND || header.version !== ARTICLES_FILE_VERSION)
    throw damaged('are of another format');
  if (!Number.isSafeInteger(header.count) || header.count < 0 || typeof header.lengths !== 'string')
    throw damaged('have a malformed header');
  return { header, start: newline + 1 };
}

/**
 * Where the chunk of records starting with the one whose lengths are at `next` (and whose bytes start
 * at `at`) ends: after {@link CHUNK_BYTES} or more, on a record's end, and never past `limit`.
 */
function chunkEndOf(lengths: Int32Array, next: number, at: number, limit: number): number {
  let end = at;
  let i = next;
  while (end - at < CHUNK_BYTES && i < lengths.length) {
    const recordBytes = lengths[i] ?? -1;
    const count = lengths[i + 1] ?? -1;
    if (recordBytes < 0 || count < 0 || end + recordBytes > limit) break;
    end += recordBytes;
    i += 2 + count;
  }
  return end;
}

/**
 * The articles of an articles file, in the order they were written.
 * @throws NewsdeskError `snapshot-invalid` when the file is not one, or its text does not fit its lengths.
 */
export function decodeArticles(data: Uint8Array): Article[] {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const { header, start } = headerOf(bytes);
  let lengths: Int32Array;
  try {
    lengths = decodeVarints(header.lengths);
  } catch {
    throw damaged('have a malformed header');
  }
  const articles: Article[] = [];
  let at = start;
  let next = 0;
  let chunk = '';
  let chunkEnd = start;
  let from = 0;
  for (let n = 0; n < header.count; n++) {
    const recordBytes = lengths[next] ?? -1;
    const count = lengths[next + 1] ?? -1;
    if (recordBytes < 0 || at + recordBytes > bytes.length || count < META_STRINGS)
      throw damaged('are cut short');
    if (at === chunkEnd) {
      if (from !== chunk.length) throw damaged('do not fit their lengths');
      chunkEnd = chunkEndOf(lengths, next, at, bytes.length);
      // Invalid UTF-8 decodes to replacement characters, which the lengths then do not add up to.
      chunk = bytes.toString('utf8', at, chunkEnd);
      from = 0;
    }
    next += 2;
    if (next + count > lengths.length) throw damaged('are cut short');
    const recordStart = from;
    const strings: string[] = [];
    for (let s = 0; s < count; s++) {
      const length = lengths[next++] ?? -1;
      if (length < 0 || from + length > chunk.length) throw damaged('do not fit their lengths');
      strings.push(chunk.slice(from, from + length));
      from += length;
    }
    at += recordBytes;
    const [file = '', title = '', source = '', date = '', url = ''] = strings;
    const id = articleIdOf(file);
    const article: Article = {
      id,
      file,
      title,
      source,
      date,
      url,
      paragraphs: strings.slice(META_STRINGS).map((paragraph, i) => ({
        key: `${id}#${i + 1}`,
        articleId: id,
        n: i + 1,
        text: paragraph,
      })),
    };
    decodedRecords.set(article, { text: chunk.slice(recordStart, from), bytes: recordBytes });
    articles.push(article);
  }
  if (from !== chunk.length) throw damaged('do not fit their lengths');
  if (at !== bytes.length || next !== lengths.length) throw damaged('do not add up');
  return articles;
}
