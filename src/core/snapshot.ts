import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeArticles, encodeArticles } from './articles-file.ts';
import { NewsdeskError } from './errors.ts';
import type { LexiconOptions } from './lexicon.ts';
import { writeFileAtomic } from './library.ts';
import type { FileEntry } from './scan.ts';
import { INDEX_FORMAT } from './search-index.ts';
import type { Article } from './types.ts';

/** Bumped whenever the files of a snapshot change shape (on top of the index's own format). */
export const SNAPSHOT_LAYOUT = 2;
export const MANIFEST_FILE = 'manifest.json';
export const AUDIT_FILE = 'audit.jsonl';
/** Name of the default index folder, beside the corpus folder. */
export const DEFAULT_INDEX_DIR_NAME = '.newsdesk';

/**
 * Where the snapshot and audit log go when `INDEX_DIR` is not set: `.newsdesk/` beside the corpus folder.
 * @example defaultIndexDir('/srv/news/corpus') // '/srv/news/.newsdesk'
 */
export function defaultIndexDir(corpusDir: string): string {
  return join(dirname(resolve(corpusDir)), DEFAULT_INDEX_DIR_NAME);
}

/** One file in the manifest: how it looked on disk and what loading it gave. */
export interface ManifestFile {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
  readonly racy: boolean;
  /** The parse result of an article: its title and paragraph count (its text is in the articles file). */
  readonly parsed?: { readonly title: string; readonly paragraphs: number; readonly textHash: string };
  readonly skipped?: string;
}

export interface Manifest {
  readonly layout: number;
  readonly format: number;
  /** Hash of the code and word lists that turn files into the index; another one means another index. */
  readonly fingerprint: string;
  readonly corpusDir: string;
  readonly maxArticleBytes: number;
  readonly savedAt: string;
  /** The files holding the articles' parsed text and the index, written before this manifest. */
  readonly articlesFile: string;
  readonly indexFile: string;
  readonly files: readonly ManifestFile[];
}

export interface StoredSnapshot {
  readonly savedAt: Date;
  readonly entries: readonly FileEntry[];
  /** {@link NewsIndex.toJSON} output, for {@link NewsIndex.fromJSON}. */
  readonly indexJson: string;
}

export type SnapshotRead =
  | { readonly ok: true; readonly snapshot: StoredSnapshot }
  | { readonly ok: false; readonly reason: string };

// The modules whose code decides what a file becomes: its parsed article and its index terms. The index
// structure itself is versioned by INDEX_FORMAT, so query-time changes there keep snapshots valid.
const PARSING_MODULES = ['article.ts', 'corpus.ts', 'dates.ts', 'text.ts', 'lexicon.ts', 'wordnet-morphy.ts'];
const readOrNote = (path: string) => {
  try {
    return readFileSync(path);
  } catch (error) {
    return `unreadable ${path}: ${(error as NodeJS.ErrnoException).code}`;
  }
};

/**
 * A fingerprint of everything that turns files into an index: the index format, the versions of
 * Newsdesk and MiniSearch, the parsing code, and the stop word and synonym files. A snapshot with
 * another fingerprint was built differently and is not used.
 */
export function snapshotFingerprint(options: LexiconOptions = {}): string {
  const hash = createHash('sha256').update(`format ${INDEX_FORMAT} layout ${SNAPSHOT_LAYOUT}\n`);
  const require = createRequire(import.meta.url);
  const miniSearch = join(dirname(require.resolve('minisearch')), '..', '..', 'package.json');
  const shipped = (name: string) => fileURLToPath(new URL(`../lexicon/${name}`, import.meta.url));
  const files = [
    fileURLToPath(new URL('../../package.json', import.meta.url)),
    miniSearch,
    ...PARSING_MODULES.map((name) => fileURLToPath(new URL(`./${name}`, import.meta.url))),
    options.stopwordsFile ?? shipped('stopwords.txt'),
    options.synonymsFile ?? shipped('synonyms.txt'),
  ];
  for (const file of files) hash.update(readOrNote(file)).update('\n');
  return hash.digest('hex');
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function isManifestFile(value: unknown): value is ManifestFile {
  const entry = value as ManifestFile;
  return (
    isString(entry?.file) &&
    isNumber(entry.size) &&
    isNumber(entry.mtimeMs) &&
    isString(entry.sha256) &&
    typeof entry.racy === 'boolean' &&
    (entry.parsed === undefined ||
      (isString(entry.parsed.title) &&
        isNumber(entry.parsed.paragraphs) &&
        isString(entry.parsed.textHash))) &&
    (entry.skipped === undefined || isString(entry.skipped)) &&
    (entry.parsed === undefined) !== (entry.skipped === undefined)
  );
}

function manifestFileOf(entry: FileEntry): ManifestFile {
  const base = {
    file: entry.file,
    size: entry.size,
    mtimeMs: entry.mtimeMs,
    sha256: entry.hash,
    racy: entry.racy,
  };
  return entry.article
    ? {
        ...base,
        parsed: {
          title: entry.article.title,
          paragraphs: entry.article.paragraphs.length,
          textHash: entry.textHash ?? '',
        },
      }
    : { ...base, skipped: entry.skipped ?? 'not loaded' };
}

// Read whole and decoded once: reading with an encoding decodes chunk by chunk, several times slower.
const readText = async (path: string) => (await readFile(path)).toString('utf8');

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * The index snapshot of one corpus folder in its index folder: `manifest.json` (format, fingerprint,
 * and for every file its size, time, sha256 and parse result or skip reason), the articles' parsed text
 * and the index. Data files are written first and the manifest last, each to a temporary file renamed
 * into place, so a crash at any point leaves the previous snapshot or the new one, never a mix.
 */
export class SnapshotStore {
  readonly dir: string;
  private readonly expected: Pick<Manifest, 'fingerprint' | 'corpusDir' | 'maxArticleBytes'>;

  constructor(dir: string, expected: Pick<Manifest, 'fingerprint' | 'corpusDir' | 'maxArticleBytes'>) {
    this.dir = dir;
    this.expected = expected;
  }

  /** Reads the snapshot, or says why it cannot be used. Never throws. */
  async read(): Promise<SnapshotRead> {
    const fail = (reason: string): SnapshotRead => ({ ok: false, reason });
    let text: string;
    try {
      text = await readText(join(this.dir, MANIFEST_FILE));
    } catch (error) {
      return fail(
        codeOf(error) === 'ENOENT' ? 'no snapshot yet' : `cannot read the snapshot (${codeOf(error)})`,
      );
    }
    let manifest: Manifest;
    try {
      manifest = JSON.parse(text) as Manifest;
    } catch {
      return fail('the snapshot manifest is not valid JSON');
    }
    if (manifest?.layout !== SNAPSHOT_LAYOUT || manifest.format !== INDEX_FORMAT) {
      const found = `${String(manifest?.format)}.${String(manifest?.layout)}`;
      return fail(`the snapshot has format ${found}, expected ${INDEX_FORMAT}.${SNAPSHOT_LAYOUT}`);
    }
    if (manifest.fingerprint !== this.expected.fingerprint)
      return fail('the snapshot was built by another version of Newsdesk or with other word lists');
    if (manifest.corpusDir !== this.expected.corpusDir)
      return fail(`the snapshot is of another corpus folder (${String(manifest.corpusDir)})`);
    if (manifest.maxArticleBytes !== this.expected.maxArticleBytes)
      return fail(
        `the snapshot was built with another article size limit (${String(manifest.maxArticleBytes)} bytes)`,
      );
    if (
      !Array.isArray(manifest.files) ||
      !manifest.files.every(isManifestFile) ||
      !isString(manifest.articlesFile) ||
      !isString(manifest.indexFile) ||
      !isString(manifest.savedAt)
    )
      return fail('the snapshot manifest is malformed');

    let articles: Article[];
    let indexJson: string;
    try {
      let articleBytes: Buffer;
      [articleBytes, indexJson] = await Promise.all([
        readFile(join(this.dir, manifest.articlesFile)),
        readText(join(this.dir, manifest.indexFile)),
      ]);
      articles = decodeArticles(articleBytes);
    } catch (error) {
      if (error instanceof NewsdeskError) return fail(error.message);
      return fail(`a file of the snapshot is missing or unreadable (${codeOf(error)})`);
    }
    const entries: FileEntry[] = [];
    let next = 0;
    for (const file of manifest.files) {
      const base = {
        file: file.file,
        size: file.size,
        mtimeMs: file.mtimeMs,
        hash: file.sha256,
        racy: file.racy,
      };
      if (file.skipped !== undefined) {
        entries.push({ ...base, skipped: file.skipped });
        continue;
      }
      // The articles file holds the parsed files in the manifest's order.
      const article = articles[next++];
      if (article?.file !== file.file || article.paragraphs.length !== file.parsed?.paragraphs)
        return fail(`the snapshot articles do not match its manifest (${file.file})`);
      entries.push({ ...base, article, textHash: file.parsed.textHash });
    }
    if (next !== articles.length) return fail('the snapshot articles do not match its manifest');
    return { ok: true, snapshot: { savedAt: new Date(manifest.savedAt), entries, indexJson } };
  }

  /**
   * Writes a snapshot of the given entries and index; returns the bytes written.
   * @throws Error (from the file system) when it cannot be written; the previous snapshot stays.
   */
  async write(entries: readonly FileEntry[], indexJson: string): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    const id = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
    const articlesFile = `articles-${id}.bin`;
    const indexFile = `index-${id}.json`;
    const articlesData = encodeArticles(entries.flatMap((entry) => (entry.article ? [entry.article] : [])));
    const header = {
      layout: SNAPSHOT_LAYOUT,
      format: INDEX_FORMAT,
      ...this.expected,
      savedAt: new Date().toISOString(),
      articlesFile,
      indexFile,
    } satisfies Omit<Manifest, 'files'>;
    // One file a line, so the manifest reads (and diffs) well.
    const manifestJson = `${JSON.stringify(header).slice(0, -1)},"files":[\n${entries
      .map((entry) => JSON.stringify(manifestFileOf(entry)))
      .join(',\n')}\n]}\n`;
    await writeFileAtomic(this.dir, articlesFile, articlesData);
    await writeFileAtomic(this.dir, indexFile, indexJson);
    await writeFileAtomic(this.dir, MANIFEST_FILE, manifestJson);
    await this.removeOldDataFiles(articlesFile, indexFile);
    return articlesData.length + Buffer.byteLength(indexJson) + Buffer.byteLength(manifestJson);
  }

  private async removeOldDataFiles(...current: string[]): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (/^(?:articles|index)-[\w-]+\.(?:json|bin)$/.test(name) && !current.includes(name))
        await unlink(join(this.dir, name)).catch(() => undefined);
    }
  }
}
