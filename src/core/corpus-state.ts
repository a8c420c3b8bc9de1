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
  }

  /**
   * Makes the given entries (all article files, sorted by name) the corpus: added, changed (by hash)
   * and removed articles are replaced in the index, synchronously, and the listener hears of any
   * difference from before.
   */
  apply(entries: readonly FileEntry[], others: readonly SkippedFile[], started: number): ReloadReport {
    const sameFiles = entries.length === this.entries.size;
    this.others = others;
    if (sameFiles && entries.every((entry) => this.entries.get(entry.file) === entry)) {
      // The common reload: every file as it was. Only the files that are not articles may differ.
      this.skippedFiles = [...others, ...this.entrySkips];
      return this.reportOf(started, [], [], [], this.loaded.size);
    }
    const sameContent =
      sameFiles &&
      entries.every((entry) => {
        const before = this.entries.get(entry.file);
        return (
          before?.hash === entry.hash && before.skipped === entry.skipped && before.article === entry.article
        );
      });
    if (sameContent) {
      // Touched files, or files confirmed by hash: only their times are new.
      this.entries = new Map(entries.map((entry) => [entry.file, entry]));
      this.options.listener.touched();
      this.skippedFiles = [...others, ...this.entrySkips];
      return this.reportOf(started, [], [], [], this.loaded.size);
    }
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
    }
    this.options.listener.changed();
    return this.reportOf(started, added, changed, removed, next.size - added.length - changed.length);
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
      loaded: this.sortedArticles.map((a) => a.file),
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
