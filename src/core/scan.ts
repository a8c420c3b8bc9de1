import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import {
  type CorpusFile,
  DEFAULT_MAX_ARTICLE_BYTES,
  hashBytes,
  type LoadOptions,
  readArticleBytes,
} from './corpus.ts';
import type { CorpusFolder, CorpusListing, ListedFile } from './corpus-folder.ts';
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
  /** Files that are not article files, and links that are not followed. */
  readonly others: readonly SkippedFile[];
  /** How many files had to be read (the others matched what was known by size and time). */
  readonly read: number;
}

/** File systems that keep times to the second (or two, FAT) make edits within this window invisible. */
export const RACY_WINDOW_MS = 2000;
const READ_CONCURRENCY = 16;

/** How far loading has come: files read, then articles indexed. */
export interface LoadProgress {
  readonly phase: 'reading' | 'indexing';
  readonly done: number;
  readonly total: number;
}

export interface ScanOptions extends LoadOptions {
  /** Called after each file read, with how many of those to read are done. */
  onRead?: (done: number, total: number) => void;
}

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
 * Reads one file whose size or time is not the known one. Its bytes are hashed first and parsed only
 * when they differ from the known ones (a touched file is not re-parsed).
 */
async function readEntry(
  folder: CorpusFolder,
  listed: ListedFile,
  info: Stats | null,
  scannedAt: number,
  known: FileEntry | undefined,
  options: LoadOptions,
): Promise<FileEntry> {
  const { file } = listed;
  const read = await folder.read(listed, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
  if ('skipped' in read)
    return entryOf({ file, bytes: read.size, hash: '', skipped: read.skipped }, info, scannedAt);
  const { bytes } = read;
  const hash = hashBytes(bytes);
  if (known?.hash === hash) return entryOf({ file, bytes: bytes.length, hash }, info, scannedAt, known);
  return entryOf(
    { file, bytes: bytes.length, hash, ...readArticleBytes(file, bytes, options) },
    info,
    scannedAt,
  );
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

const unchanged = (known: FileEntry | undefined, info: Stats | null): known is FileEntry =>
  known !== undefined &&
  !known.racy &&
  info?.isFile() === true &&
  known.size === info.size &&
  known.mtimeMs === info.mtimeMs;

/** The corpus folder's listing, and how each of its article files looked, without reading any. */
export interface FolderLook {
  readonly listing: CorpusListing;
  /** Per article file of the listing; `null` for a file that was gone. */
  readonly stats: readonly (Stats | null)[];
  /** When the files were looked at: a file modified shortly before is racy (see {@link RACY_WINDOW_MS}). */
  readonly scannedAt: number;
}

/**
 * Lists the corpus folder and looks at every article file: the first half of a scan, which needs
 * nothing known, so start-up does it while the snapshot is read.
 * @throws Error when the folder itself cannot be read.
 */
export async function lookAtFolder(folder: CorpusFolder): Promise<FolderLook> {
  const listing = await folder.list();
  const scannedAt = Date.now();
  return { listing, stats: await folder.stat(listing.articles), scannedAt };
}

/**
 * Scans the corpus folder (or takes a look at it just made). A file whose size and modification time
 * are what `known` says is taken as it was without being read; any other file is read, hashed and
 * parsed (and still counts as unchanged when its hash is the known one).
 * @throws Error when the folder itself cannot be read.
 */
export async function scanCorpus(
  folder: CorpusFolder,
  known: ReadonlyMap<string, FileEntry>,
  options: ScanOptions = {},
  look?: FolderLook,
): Promise<ScanResult> {
  const {
    listing: { articles, others },
    stats,
    scannedAt,
  } = look ?? (await lookAtFolder(folder));
  const entries: (FileEntry | undefined)[] = articles.map(({ file }, i) => {
    const entry = known.get(file);
    return unchanged(entry, stats[i] ?? null) ? entry : undefined;
  });
  const toRead = entries.flatMap((entry, i) => (entry ? [] : [i]));
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const i = toRead[next++] ?? 0;
      const listed = articles[i] ?? { file: '', path: '' };
      entries[i] = await readEntry(
        folder,
        listed,
        stats[i] ?? null,
        scannedAt,
        known.get(listed.file),
        options,
      );
      options.onRead?.(++done, toRead.length);
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
 * A name the folder does not read (a link to outside) gets an entry with the reason.
 */
export async function scanFiles(
  folder: CorpusFolder,
  files: readonly string[],
  known: ReadonlyMap<string, FileEntry>,
  options: LoadOptions = {},
): Promise<FileEntry[]> {
  const scannedAt = Date.now();
  const looked = await folder.lookup(files);
  const listed = looked.filter((item): item is ListedFile => 'path' in item);
  const stats = await folder.stat(listed);
  const statOf = new Map(listed.map((item, i) => [item.file, stats[i] ?? null]));
  return Promise.all(
    looked.map((item) =>
      'path' in item
        ? readEntry(folder, item, statOf.get(item.file) ?? null, scannedAt, known.get(item.file), options)
        : Promise.resolve(
            entryOf({ file: item.file, bytes: 0, hash: '', skipped: item.reason }, null, scannedAt),
          ),
    ),
  );
}
