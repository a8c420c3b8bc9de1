import { answerQuestion, searchParagraphs } from './answer.ts';
import { type CorpusFile, type LoadOptions, readCorpus } from './corpus.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { NewsIndex } from './search-index.ts';
import type { Answer, Article, LoadReport, SearchHit, SkippedFile } from './types.ts';

export interface EngineOptions extends LoadOptions {
  corpusDir: string;
  synonymsFile?: string;
  stopwordsFile?: string;
}

/** What a reload changed, by file name, on top of the load report. */
export interface ReloadReport extends LoadReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

interface LoadedFile {
  readonly hash: string;
  readonly article: Article;
}

const byFile = (a: Article, b: Article) => a.file.localeCompare(b.file);

/**
 * The Newsdesk engine: a corpus folder, its index, and the questions asked of it. Every front end
 * (Discord, console, CLI) talks to this class only.
 */
export class Newsdesk {
  readonly corpusDir: string;
  readonly lexicon: Lexicon;
  private readonly options: EngineOptions;
  private index: NewsIndex;
  private files = new Map<string, LoadedFile>();
  private sortedArticles: readonly Article[] = [];
  private lastReport: ReloadReport;
  private lastLoadedAt = new Date();
  private pendingReload: Promise<ReloadReport> | null = null;

  private constructor(options: EngineOptions, lexicon: Lexicon) {
    this.options = options;
    this.corpusDir = options.corpusDir;
    this.lexicon = lexicon;
    this.index = NewsIndex.build([], lexicon);
    this.lastReport = {
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
  }

  /**
   * Loads the lexicon and the corpus folder and indexes it.
   * @throws Error when the corpus folder or a lexicon file cannot be read.
   */
  static async open(options: EngineOptions): Promise<Newsdesk> {
    const engine = new Newsdesk(options, loadLexicon(options));
    await engine.reload();
    return engine;
  }

  get articles(): readonly Article[] {
    return this.sortedArticles;
  }

  article(id: string): Article | undefined {
    return this.index.article(id);
  }

  get report(): ReloadReport {
    return this.lastReport;
  }

  get loadedAt(): Date {
    return this.lastLoadedAt;
  }

  get paragraphCount(): number {
    return this.index.paragraphCount;
  }

  /** The current index (for snapshots and benchmarks). */
  get searchIndex(): NewsIndex {
    return this.index;
  }

  ask(question: string): Answer {
    return answerQuestion(this.index, question);
  }

  search(query: string, options: { articleId?: string; limit?: number } = {}): SearchHit[] {
    return searchParagraphs(this.index, query, options);
  }

  /** Corpus words that complete the last word being typed, most used first. */
  completions(prefix: string, limit = 25): string[] {
    return this.index.wordsWithPrefix(prefix.trim().toLowerCase(), limit);
  }

  /**
   * Rescans the corpus folder. Only added, changed (by content hash) and removed files touch the index,
   * and they do so in one synchronous step, so a question never sees half a reload. Reloads run one at
   * a time: a call during a reload waits for it and then runs its own. If the folder cannot be read,
   * this throws and the current index stays as it was.
   */
  reload(): Promise<ReloadReport> {
    const previous = this.pendingReload ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.reloadNow());
    this.pendingReload = next;
    const clear = () => {
      if (this.pendingReload === next) this.pendingReload = null;
    };
    next.then(clear, clear);
    return next;
  }

  private async reloadNow(): Promise<ReloadReport> {
    const started = performance.now();
    const { files, others } = await readCorpus(this.corpusDir, this.options);
    const skipped: SkippedFile[] = [...others];
    const next = new Map<string, LoadedFile>();
    const ids = new Map<string, string>();
    for (const file of files) {
      const problem = file.skipped ?? duplicateIdProblem(file, ids);
      if (problem || !file.article) {
        skipped.push({ file: file.file, reason: problem ?? 'not loaded' });
        continue;
      }
      ids.set(file.article.id, file.file);
      next.set(file.file, { hash: file.hash, article: file.article });
    }

    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    for (const [file, loaded] of this.files) {
      const now = next.get(file);
      if (!now) removed.push(file);
      else if (now.hash !== loaded.hash) changed.push(file);
    }
    for (const file of next.keys()) if (!this.files.has(file)) added.push(file);

    // The swap: synchronous from here on, so no question runs against a half-updated index.
    for (const file of [...removed, ...changed]) {
      const old = this.files.get(file);
      if (old) this.index.remove(old.article.id);
    }
    for (const file of [...changed, ...added]) {
      const loaded = next.get(file);
      if (loaded) this.index.add(loaded.article);
    }
    this.files = next;
    this.sortedArticles = [...next.values()].map((f) => f.article).sort(byFile);
    this.lastLoadedAt = new Date();
    this.lastReport = {
      loaded: this.sortedArticles.map((a) => a.file),
      skipped,
      articles: this.index.articleCount,
      paragraphs: this.index.paragraphCount,
      tookMs: Math.round(performance.now() - started),
      added,
      changed,
      removed,
      unchanged: next.size - added.length - changed.length,
    };
    return this.lastReport;
  }
}

function duplicateIdProblem(file: CorpusFile, ids: ReadonlyMap<string, string>): string | undefined {
  const id = file.article?.id;
  const owner = id === undefined ? undefined : ids.get(id);
  return owner ? `same article id as ${owner}` : undefined;
}
