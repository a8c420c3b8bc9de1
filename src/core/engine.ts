import { answerQuestion, searchParagraphs } from './answer.ts';
import type { Actor, AuditSummary } from './audit.ts';
import { AUDIT_MEMORY } from './audit.ts';
import { type ClaimsReport, claimsAbout } from './claims.ts';
import type { LoadOptions } from './corpus.ts';
import { CorpusFolder } from './corpus-folder.ts';
import { CorpusState, type ReloadReport } from './corpus-state.ts';
import {
  type AddArticleInput,
  type AddedArticle,
  Curation,
  type LastReload,
  type RemovedArticle,
  type RestoredArticle,
} from './curation.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { Persistence, type SnapshotStatus } from './persistence.ts';
import { type LoadProgress, lookAtFolder } from './scan.ts';
import type { NewsIndex } from './search-index.ts';
import { type TrashedArticle, TrashList } from './trash.ts';
import type { Answer, Article, SearchHit, SkippedFile } from './types.ts';

export type { Actor, AuditEntry, AuditSummary } from './audit.ts';
export type { ReloadReport } from './corpus-state.ts';
export {
  type AddArticleInput,
  type AddedArticle,
  type ArticleSummary,
  AUTOMATIC,
  type LastReload,
  type RemovedArticle,
  type RestoredArticle,
  SUMMARY_LINES,
  summarizeArticle,
} from './curation.ts';
export { type CurationErrorCode, NewsdeskError } from './errors.ts';
export {
  SAVE_DELAY_MS,
  type SnapshotSave,
  type SnapshotStartup,
  type SnapshotStatus,
} from './persistence.ts';
export type { LoadProgress } from './scan.ts';
export type { TrashedArticle } from './trash.ts';

export interface EngineOptions extends LoadOptions {
  corpusDir: string;
  synonymsFile?: string;
  stopwordsFile?: string;
  /**
   * Folder for the index snapshot and the audit log (`INDEX_DIR`; see `defaultIndexDir`). Unset: nothing
   * is saved, every start indexes the folder, and the audit log is kept in memory.
   * @example await Newsdesk.open({ corpusDir: 'corpus', indexDir: defaultIndexDir('corpus') })
   */
  indexDir?: string;
  /**
   * Never write anything: the snapshot in `indexDir` is used when it matches the files (otherwise the
   * folder is indexed in memory), nothing is saved, no temporary file is deleted, the audit log stays in
   * memory, and adding, removing or restoring articles fails.
   * @example await Newsdesk.open({ corpusDir: 'corpus', indexDir: '.newsdesk', readOnly: true })
   */
  readOnly?: boolean;
  /**
   * Called while files are read and articles indexed, to show progress on a large folder.
   * @example await Newsdesk.open({ corpusDir: 'corpus', onProgress: (p) => console.error(p.done, p.total) })
   */
  onProgress?: (progress: LoadProgress) => void;
}

export interface EngineStatus {
  readonly corpusDir: string;
  readonly articles: number;
  readonly paragraphs: number;
  readonly skipped: readonly SkippedFile[];
  readonly lastReload: LastReload;
  readonly snapshot: SnapshotStatus;
  /** Temporary files a crash had left, deleted at start-up. */
  readonly removedTempFiles: readonly string[];
  readonly audit: AuditSummary;
}

/**
 * The Newsdesk engine: a corpus folder, its index, and the questions asked of it. Every front end
 * (Discord, console, CLI) talks to this class only.
 *
 * Every change (reload, add, remove, restore) runs one at a time and swaps the index in one synchronous
 * step, so a question never sees half a change. With an `indexDir`, the index is saved after every
 * change and loaded from there at the next start; every change is written to the audit log.
 */
export class Newsdesk {
  readonly corpusDir: string;
  /** All reading and writing of the corpus folder goes through this. */
  readonly folder: CorpusFolder;
  readonly lexicon: Lexicon;
  private readonly state: CorpusState;
  private readonly persistence: Persistence;
  private readonly curation: Curation;
  private readonly trash: TrashList;

  private constructor(options: EngineOptions, lexicon: Lexicon) {
    this.corpusDir = options.corpusDir;
    this.folder = new CorpusFolder(options.corpusDir, { readOnly: options.readOnly ?? false });
    this.lexicon = lexicon;
    this.state = new CorpusState(lexicon, {
      onProgress: options.onProgress,
      listener: { changed: () => this.persistence.scheduleSave(), touched: () => this.persistence.touched() },
    });
    this.persistence = new Persistence(options, this.state);
    this.curation = new Curation(this.folder, this.state, this.persistence, options);
    this.trash = new TrashList(this.folder, options.maxArticleBytes);
  }

  /**
   * Loads the lexicon and the corpus folder and indexes it, from the snapshot in `indexDir` when it
   * still matches the files. Temporary files a crash left behind are deleted first.
   * @throws Error when the corpus folder or a lexicon file cannot be read.
   */
  static async open(options: EngineOptions): Promise<Newsdesk> {
    const engine = new Newsdesk(options, loadLexicon(options));
    await engine.curation.enqueue(() => engine.start());
    return engine;
  }

  get articles(): readonly Article[] {
    return this.state.articles;
  }

  article(id: string): Article | undefined {
    return this.state.index.article(id);
  }

  /** The report of the last reload (or of the start-up load). */
  get report(): ReloadReport {
    return this.curation.lastReload.report;
  }

  get loadedAt(): Date {
    return this.curation.lastReload.at;
  }

  get paragraphCount(): number {
    return this.state.index.paragraphCount;
  }

  /** The current index (for snapshots and benchmarks). */
  get searchIndex(): NewsIndex {
    return this.state.index;
  }

  ask(question: string): Answer {
    return answerQuestion(this.state.index, question);
  }

  search(query: string, options: { articleId?: string; limit?: number } = {}): SearchHit[] {
    return searchParagraphs(this.state.index, query, options);
  }

  /** Who asserts, confirms, denies and doubts what about a topic, across the corpus. */
  claims(topic: string): ClaimsReport {
    return claimsAbout(this.state.index, topic);
  }

  /** Corpus words that complete the last word being typed, most used first. */
  completions(prefix: string, limit = 25): string[] {
    return this.state.index.wordsWithPrefix(prefix.trim().toLowerCase(), limit);
  }

  /** Articles, skipped files, the last reload, the snapshot and the latest audit entries. */
  status(auditEntries = 10): EngineStatus {
    return {
      corpusDir: this.corpusDir,
      articles: this.state.index.articleCount,
      paragraphs: this.state.index.paragraphCount,
      skipped: this.state.skipped,
      lastReload: this.curation.lastReload,
      snapshot: this.persistence.status,
      removedTempFiles: this.persistence.removedTempFiles,
      audit: this.persistence.audit.summary(Math.min(auditEntries, AUDIT_MEMORY)),
    };
  }

  /**
   * Rescans the corpus folder. Files whose size and modification time are unchanged are not read; the
   * others are read and compared by content hash, and only added, changed and removed files touch the
   * index. Reloads and other changes run one at a time: a call during one waits for it. If the folder
   * cannot be read, this throws and the current index stays as it was.
   * @param actor who asked; without one (automatic reloads) only a reload that changed something is audited.
   */
  reload(actor?: Actor): Promise<ReloadReport> {
    return this.curation.reload(actor);
  }

  /**
   * Adds an uploaded article (`.txt`, `.md`, or `.html`/`.htm` reduced to its article's text) to the
   * corpus folder under a safe, unused name, written to a temporary file first, and indexes it.
   * @throws NewsdeskError saying why it was refused: too large, empty, binary, another type, not UTF-8,
   * no paragraphs, an option that is not valid, the same text as an article already there, or a failed write.
   * @example await engine.addArticle({ fileName: 'ferry.html', bytes, source: 'Coast Herald', actor })
   */
  addArticle(input: AddArticleInput): Promise<AddedArticle> {
    return this.curation.add(input);
  }

  /**
   * Moves an article's file (by file name or article id) into the trash folder inside the corpus
   * folder, from where {@link Newsdesk.restoreArticle} brings it back, and drops it from the index.
   * @throws NewsdeskError when there is no such file or it cannot be moved.
   */
  removeArticle(idOrFile: string, actor: Actor): Promise<RemovedArticle> {
    return this.curation.remove(idOrFile, actor);
  }

  /**
   * Moves a removed article back from the trash (by trash name, or file name or id: the latest copy)
   * and indexes it again.
   * @throws NewsdeskError when it is not in the trash, a file of that name (or article id) is in the
   * corpus again, its text is already there under another name, or it is no longer a loadable article.
   */
  restoreArticle(idOrFile: string, actor: Actor): Promise<RestoredArticle> {
    return this.curation.restore(idOrFile, actor);
  }

  /** The articles in the trash, most recently removed first (for autocomplete). */
  trashedArticles(): Promise<TrashedArticle[]> {
    return this.trash.list();
  }

  /**
   * Resolves once every change so far is indexed, saved (or failed to save) and audited. Call it before
   * the process exits.
   */
  flush(): Promise<void> {
    return this.persistence.flush(this.curation.settled());
  }

  /**
   * The start-up load: temporary files a crash left are deleted, the snapshot is taken when its index
   * fits, and the folder is scanned on top of it (only files that differ from the snapshot are read).
   */
  private async start(): Promise<void> {
    const started = performance.now();
    await this.persistence.open(this.folder);
    // The files are looked at while the snapshot is read: the reading waits on the disk, the looking
    // (thousands of stat calls) on the processor. A file changed after it was looked at is seen by the
    // next scan, as it would be had the snapshot been read first.
    const [load, look] = await Promise.all([this.persistence.load(), lookAtFolder(this.folder)]);
    const report = await this.curation.scan(load.known, null, started, look);
    this.persistence.started(load, report);
  }
}
