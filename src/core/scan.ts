import { createHash } from 'node:crypto';
import { type Stats, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import {
  type CorpusFile,
  DEFAULT_MAX_ARTICLE_BYTES,
  hashBytes,
  type LoadOptions,
  listCorpus,
  readArticleBytes,
  readCorpusFile,
} from './corpus.ts';
import type { Article, SkippedFile } from './types.ts';

/**
 * One article file of the corpus folder as last seen: enough to tell, from its size and modification
 * time alone, that it has not changed since.
 */
export interface FileEntry {
  readonly file: string;
  /** Size in bytes; -1 when the file could not be looked at. */
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the bytes; `''` when they were not read (too large, unreadable). */
  readonly hash: string;
  /**
   * Modified so shortly before it was looked at that a second edit within the same clock tick would
   * keep size and time: the next scan confirms it by hash.
   */
  readonly racy: boolean;
  readonly article?: Article;
  /** Hash of the article's normalised text, to recognise the same article under another name. */
  readonly textHash?: string;
  readonly skipped?: string;
}

export interface ScanResult {
  /** Every article file, sorted by name. */
  readonly entries: readonly FileEntry[];
  /** Files that are not article files. */
  readonly others: readonly SkippedFile[];
  /** How many files had to be read (the others matched what was known by size and time). */
  readonly read: number;
}

/** File systems that keep times to the second (or two, FAT) make edits within this window invisible. */
export const RACY_WINDOW_MS = 2000;
const READ_CONCURRENCY = 16;
// Between batches the event loop gets a turn, so questions are answered during a scan of a big folder.
const STAT_BATCH = 1000;

/** Hash of an article's paragraphs, compared case- and spacing-insensitively. */
export function textHashOf(article: Article): string {
  const hash = createHash('sha256');
  for (const paragraph of article.paragraphs) {
    hash.update(paragraph.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * Reads one file whose size or time is not the known one. A regular file of allowed size is hashed
 * first and parsed only when its bytes differ from the known ones (a touched file is not re-parsed);
 * anything else goes through the loader's own checks.
 */
async function readEntry(
  dir: string,
  file: string,
  info: Stats | null,
  scannedAt: number,
  known: FileEntry | undefined,
  options: LoadOptions,
): Promise<FileEntry> {
  const limit = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  if (known?.article && info?.isFile() && info.size <= limit) {
    try {
      const bytes = await readFile(join(dir, file));
      const hash = hashBytes(bytes);
      if (hash === known.hash) return entryOf({ file, bytes: bytes.length, hash }, info, scannedAt, known);
      return entryOf(
        { file, bytes: bytes.length, hash, ...readArticleBytes(file, bytes, options) },
        info,
        scannedAt,
      );
    } catch {
      // Gone or unreadable since the stat: the loader's checks say which.
    }
  }
  return entryOf(await readCorpusFile(dir, file, options), info, scannedAt, known);
}

/** Builds the entry of a file just read, reusing what was known when the bytes are the same. */
export function entryOf(
  read: CorpusFile,
  info: Stats | null,
  scannedAt: number,
  known?: FileEntry,
): FileEntry {
  const base = {
    file: read.file,
    size: info?.isFile() ? info.size : -1,
    mtimeMs: info?.mtimeMs ?? -1,
    hash: read.hash,
    racy: info === null || scannedAt - info.mtimeMs < RACY_WINDOW_MS,
  };
  if (known && read.hash !== '' && known.hash === read.hash) {
    const { article, textHash, skipped } = known;
    return { ...base, ...(article ? { article, textHash } : {}), ...(skipped ? { skipped } : {}) };
  }
  if (read.article) return { ...base, article: read.article, textHash: textHashOf(read.article) };
  return { ...base, skipped: read.skipped ?? 'not loaded' };
}

// Synchronous stats in batches: for thousands of small files this is several times faster than
// thousands of pending promises on the thread pool.
async function statAll(dir: string, names: readonly string[]): Promise<(Stats | null)[]> {
  const stats: (Stats | null)[] = [];
  // Names come from readdir (no separators), so plain concatenation is a valid path.
  const prefix = join(dir, sep);
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % STAT_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      stats.push(statSync(`${prefix}${names[i]}`, { throwIfNoEntry: false }) ?? null);
    } catch {
      stats.push(null);
    }
  }
  return stats;
}

const unchanged = (known: FileEntry | undefined, info: Stats | null): known is FileEntry =>
  known !== undefined &&
  !known.racy &&
  info?.isFile() === true &&
  known.size === info.size &&
  known.mtimeMs === info.mtimeMs;

/**
 * Scans the corpus folder. A file whose size and modification time are what `known` says is taken as
 * it was without being read; any other file is read, hashed and parsed (and still counts as unchanged
 * when its hash is the known one).
 * @throws Error when the folder itself cannot be read.
 */
export async function scanCorpus(
  dir: string,
  known: ReadonlyMap<string, FileEntry>,
  options: LoadOptions = {},
): Promise<ScanResult> {
  const { articles, others } = await listCorpus(dir);
  const scannedAt = Date.now();
  const stats = await statAll(dir, articles);
  const entries: (FileEntry | undefined)[] = articles.map((file, i) => {
    const entry = known.get(file);
    return unchanged(entry, stats[i] ?? null) ? entry : undefined;
  });
  const toRead = entries.flatMap((entry, i) => (entry ? [] : [i]));
  let next = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const i = toRead[next++] ?? 0;
      const file = articles[i] ?? '';
      entries[i] = await readEntry(dir, file, stats[i] ?? null, scannedAt, known.get(file), options);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, toRead.length) }, worker));
  return {
    entries: entries.filter((entry): entry is FileEntry => entry !== undefined),
    others,
    read: toRead.length,
  };
}

/**
 * Reads the files named, for a change made by Newsdesk itself; the entries of other files stay as known.
 */
export async function scanFiles(
  dir: string,
  files: readonly string[],
  known: ReadonlyMap<string, FileEntry>,
  options: LoadOptions = {},
): Promise<FileEntry[]> {
  const scannedAt = Date.now();
  const stats = await statAll(dir, files);
  return Promise.all(
    files.map((file, i) => readEntry(dir, file, stats[i] ?? null, scannedAt, known.get(file), options)),
  );
}
