import { articleIdOf } from './article.ts';
import type { Lexicon } from './lexicon.ts';
import { type FileEntry, type LoadProgress, textHashOf } from './scan.ts';
import { NewsIndex } from './search-index.ts';
import type { Article, LoadReport, SkippedFile } from './types.ts';

/** What a reload changed, by file name, on top of the load report. */
export interface ReloadReport extends LoadReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

/** What the corpus state asks of whoever keeps its snapshot. */
export interface ChangeListener {
  /** The index or the files' parse results changed: a save is due. */
  changed(): void;
  /** Only the files' times changed: worth recording at the next save, not worth a save of its own. */
  touched(): void;
}

export interface CorpusStateOptions {
  readonly onProgress?: ((progress: LoadProgress) => void) | undefined;
  readonly listener: ChangeListener;
}

/** The report of a corpus nothing was loaded into yet. */
export const EMPTY_REPORT: ReloadReport = {
  loaded: [],
  skipped: [],
  articles: 0,
  paragraphs: 0,
  tookMs: 0,
  added: [],
  changed: [],
  removed: [],
  unchanged: 0,
};

// Code-unit order, the order of the folder listing: the list is then already sorted, and sorting it again
// costs next to nothing (a locale-aware comparison took tens of milliseconds on 10,000 names).
const byFile = (a: Article, b: Article) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const byName = (a: FileEntry, b: FileEntry) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Where the article of a file is in a list sorted by {@link byFile}, or -1. */
function indexOfFile(articles: readonly Article[], file: string): number {
  let low = 0;
  let high = articles.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const at = (articles[mid] as Article).file;
    if (at === file) return mid;
    if (at < file) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** Which entries are loaded (the first file of an article id wins) and which are skipped, and why. */
function partition(entries: readonly FileEntry[]): {
  loaded: Map<string, FileEntry>;
  skipped: SkippedFile[];
} {
  const skipped: SkippedFile[] = [];
  const loaded = new Map<string, FileEntry>();
  const owners = new Map<string, string>();
  for (const entry of entries) {
    const owner = entry.article ? owners.get(entry.article.id) : undefined;
    const problem = entry.skipped ?? (owner ? `same article id as ${owner}` : undefined);
    if (problem || !entry.article) {
      skipped.push({ file: entry.file, reason: problem ?? 'not loaded' });
      continue;
    }
    owners.set(entry.article.id, entry.file);
    loaded.set(entry.file, entry);
  }
  return { loaded, skipped };
}

/**
 * The files of the corpus folder as last seen and the index built from them. Every change to the index
 * happens in one synchronous step, so a question never sees half a change.
 */
export class CorpusState {
  private readonly lexicon: Lexicon;
  private readonly options: CorpusStateOptions;
  private current: NewsIndex;
  /** Every article file of the folder as last seen, loaded or skipped, by name. */
  private entries = new Map<string, FileEntry>();
  /** The entries whose article is in the index. */
  private loaded = new Map<string, FileEntry>();
  private others: readonly SkippedFile[] = [];
  /** The article files that are not loaded, and why. */
  private entrySkips: readonly SkippedFile[] = [];
  /** The files that are not loaded, and why: first those that are not article files. */
  private skippedFiles: readonly SkippedFile[] = [];
  private sortedArticles: readonly Article[] = [];
  /** The files of {@link sortedArticles}, for reports: made again only when the loaded files change. */
  private loadedFiles: readonly string[] = [];

  constructor(lexicon: Lexicon, options: CorpusStateOptions) {
    this.lexicon = lexicon;
    this.options = options;
    this.current = NewsIndex.build([], lexicon);
  }

  get index(): NewsIndex {
    return this.current;
  }

  /** The loaded articles, by file name. */
  get articles(): readonly Article[] {
    return this.sortedArticles;
  }

  /** The files that are not loaded, and why: first those that are not article files. */
  get skipped(): readonly SkippedFile[] {
    return this.skippedFiles;
  }

  /** Every article file as last seen, loaded or skipped, by name: what a scan compares the folder with. */
  get knownEntries(): ReadonlyMap<string, FileEntry> {
    return this.entries;
  }

  /** The loaded article of a file, if it is loaded. */
  loadedArticle(file: string): Article | undefined {
    return this.loaded.get(file)?.article;
  }

  /** Why a file is not loaded, if it is not. */
  skipReason(file: string): string | undefined {
    return this.skippedFiles.find((s) => s.file === file)?.reason;
  }

  /**
   * Takes the entries and index of a snapshot as they are.
   * @throws Error when the index does not fit the entries; the state is then unchanged.
   */
  restore(entries: readonly FileEntry[], indexJson: string): void {
    const { loaded, skipped } = partition(entries);
    const articles = [...loaded.values()].map((entry) => entry.article as Article);
    this.current = NewsIndex.fromJSON(indexJson, articles, this.lexicon);
    this.entries = new Map(entries.map((entry) => [entry.file, entry]));
    this.loaded = loaded;
    this.entrySkips = skipped;
    this.sortedArticles = articles.sort(byFile);
    this.loadedFiles = this.sortedArticles.map((a) => a.file);
  }

  /**
   * Makes the given entries (all article files, sorted by name) the corpus: added, changed (by hash)
   * and removed articles are replaced in the index, synchronously, and the listener hears of any
   * difference from before.
   */
  apply(entries: readonly FileEntry[], others: readonly SkippedFile[], started: number): ReloadReport {
    this.others = others;
    const inPlace = this.applyInPlace(entries, started);
    if (inPlace) return inPlace;
    const { loaded: next, skipped } = partition(entries);
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    for (const [file, before] of this.loaded) {
      const now = next.get(file);
      if (!now) removed.push(file);
      else if (now.hash !== before.hash) changed.push(file);
    }
    for (const file of next.keys()) if (!this.loaded.has(file)) added.push(file);

    // The swap: synchronous from here on, so no question runs against a half-updated index.
    for (const file of [...removed, ...changed]) {
      const old = this.loaded.get(file);
      if (old?.article) this.current.remove(old.article.id);
    }
    const toIndex = [...changed, ...added];
    for (const [i, file] of toIndex.entries()) {
      const entry = next.get(file);
      if (entry?.article) this.current.add(entry.article);
      this.options.onProgress?.({ phase: 'indexing', done: i + 1, total: toIndex.length });
    }
    this.entries = new Map(entries.map((entry) => [entry.file, entry]));
    this.loaded = next;
    this.entrySkips = skipped;
    this.skippedFiles = [...others, ...skipped];
    if (added.length + changed.length + removed.length > 0) {
      this.sortedArticles = [...next.values()].map((entry) => entry.article as Article).sort(byFile);
      this.loadedFiles = this.sortedArticles.map((a) => a.file);
    }
    this.options.listener.changed();
    return this.reportOf(started, added, changed, removed, next.size - added.length - changed.length);
  }

  /**
   * Applies the entries in place when the files are the same ones and every file whose content changed
   * was loaded and still is, under the same article id: the common reload (nothing changed, or an article
   * edited). Only the entries that differ are put into the Maps and lists, which for one edited file in
   * a folder of thousands is a small part of making them all again; which files are loaded and skipped
   * cannot have changed. `null`, with nothing changed, when the entries differ in any other way.
   */
  private applyInPlace(entries: readonly FileEntry[], started: number): ReloadReport | null {
    if (entries.length !== this.entries.size) return null;
    const differing: FileEntry[] = [];
    const changed: FileEntry[] = [];
    const positions: number[] = [];
    for (const entry of entries) {
      const before = this.entries.get(entry.file);
      if (before === entry) continue;
      if (!before) return null;
      differing.push(entry);
      if (before.hash === entry.hash && before.skipped === entry.skipped && before.article === entry.article)
        continue;
      const loaded = this.loaded.get(entry.file);
      const position = loaded ? indexOfFile(this.sortedArticles, entry.file) : -1;
      if (!loaded?.article || loaded.article !== before.article || position < 0) return null;
      if (!entry.article || entry.skipped !== undefined || entry.article.id !== loaded.article.id)
        return null;
      changed.push(entry);
      positions.push(position);
    }
    this.skippedFiles = [...this.others, ...this.entrySkips];
    if (differing.length === 0) return this.reportOf(started, [], [], [], this.loaded.size);

    // The swap: synchronous from here on, so no question runs against a half-updated index.
    for (const entry of changed) this.current.remove((this.loaded.get(entry.file)?.article as Article).id);
    for (const [i, entry] of changed.entries()) {
      this.current.add(entry.article as Article);
      this.options.onProgress?.({ phase: 'indexing', done: i + 1, total: changed.length });
    }
    for (const entry of differing) {
      this.entries.set(entry.file, entry);
      if (this.loaded.has(entry.file)) this.loaded.set(entry.file, entry);
    }
    if (changed.length === 0) {
      // Touched files, or files confirmed by hash: only their times are new.
      this.options.listener.touched();
      return this.reportOf(started, [], [], [], this.loaded.size);
    }
    const articles = [...this.sortedArticles];
    changed.forEach((entry, i) => {
      articles[positions[i] as number] = entry.article as Article;
    });
    this.sortedArticles = articles;
    this.options.listener.changed();
    const files = changed.map((entry) => entry.file);
    return this.reportOf(started, [], files, [], this.loaded.size - files.length);
  }

  /** Replaces the entries of some files (an entry of `null` drops the file) and applies the result. */
  applyFiles(changes: ReadonlyMap<string, FileEntry | null>): ReloadReport {
    const entries = [...this.entries.values()].filter((entry) => !changes.has(entry.file));
    for (const entry of changes.values()) if (entry) entries.push(entry);
    return this.apply(entries.sort(byName), this.others, performance.now());
  }

  /** The loaded article file with the same text, if any. */
  duplicateOf(article: Article): FileEntry | undefined {
    const textHash = textHashOf(article);
    for (const entry of this.loaded.values()) if (entry.textHash === textHash) return entry;
    return undefined;
  }

  /** The entry a moderator means: a file name, else an article id, else either ignoring case. */
  findEntry(idOrFile: string): FileEntry | undefined {
    const wanted = idOrFile.trim();
    const exact = this.entries.get(wanted) ?? [...this.loaded.values()].find((e) => e.article?.id === wanted);
    if (exact) return exact;
    const lower = wanted.toLowerCase();
    const matches = [...this.entries.values()].filter(
      (e) => e.file.toLowerCase() === lower || articleIdOf(e.file).toLowerCase() === lower,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  private reportOf(
    started: number,
    added: string[],
    changed: string[],
    removed: string[],
    unchanged: number,
  ): ReloadReport {
    return {
      loaded: this.loadedFiles,
      skipped: this.skippedFiles,
      articles: this.current.articleCount,
      paragraphs: this.current.paragraphCount,
      tookMs: Math.round(performance.now() - started),
      added,
      changed,
      removed,
      unchanged,
    };
  }
}
