import { join, resolve } from 'node:path';
import { answerQuestion, searchParagraphs } from './answer.ts';
import { articleIdOf } from './article.ts';
import { type Actor, AUDIT_MEMORY, type AuditAction, AuditLog, type AuditSummary } from './audit.ts';
import { type ClaimsReport, claimsAbout } from './claims.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, type LoadOptions, readArticleBytes } from './corpus.ts';
import { CorpusFolder } from './corpus-folder.ts';
import { NewsdeskError } from './errors.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { displayName, removeLeftoverTempFiles, TRASH_DIR, type TrashedFile, uniqueName } from './library.ts';
import {
  type FileEntry,
  type LoadProgress,
  type ScanOptions,
  scanCorpus,
  scanFiles,
  textHashOf,
} from './scan.ts';
import { NewsIndex } from './search-index.ts';
import { AUDIT_FILE, SnapshotStore, snapshotFingerprint } from './snapshot.ts';
import type { Answer, Article, LoadReport, SearchHit, SkippedFile } from './types.ts';
import { type ArticleUpload, codeOfSkipReason, type PreparedUpload, prepareUpload } from './upload.ts';

export type { Actor, AuditEntry, AuditSummary } from './audit.ts';
export { type CurationErrorCode, NewsdeskError } from './errors.ts';
export type { LoadProgress } from './scan.ts';

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

/** What a reload changed, by file name, on top of the load report. */
export interface ReloadReport extends LoadReport {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

export interface LastReload {
  readonly at: Date;
  /** Who asked; `null` for the start-up load and automatic reloads (`CORPUS_WATCH`). */
  readonly by: Actor | null;
  readonly tookMs: number;
  readonly report: ReloadReport;
}

/** How the index came to be at start-up. */
export type SnapshotStartup =
  | { readonly state: 'disabled' }
  /** The snapshot matched the folder and was used as it was. */
  | { readonly state: 'loaded'; readonly tookMs: number }
  /** The snapshot was used, and the files changed since it was saved were re-read (the reason lists them). */
  | { readonly state: 'refreshed'; readonly reason: string; readonly tookMs: number }
  /** No usable snapshot (the reason says why): the folder was indexed. */
  | { readonly state: 'rebuilt'; readonly reason: string; readonly tookMs: number };

export type SnapshotSave =
  | { readonly at: Date; readonly ok: true; readonly bytes: number; readonly tookMs: number }
  | { readonly at: Date; readonly ok: false; readonly error: string };

export interface SnapshotStatus {
  readonly indexDir: string | null;
  readonly startup: SnapshotStartup;
  /** The last save after a change; `null` when nothing had to be saved yet. */
  readonly lastSave: SnapshotSave | null;
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

/** What was understood of an article: enough for a moderator to see a mistake at once. */
export interface ArticleSummary {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly url: string;
  readonly paragraphs: number;
  /** The first paragraphs, whole. */
  readonly firstLines: readonly string[];
}

export interface AddArticleInput extends ArticleUpload {
  readonly actor: Actor;
}

export interface AddedArticle {
  /** The name written in the corpus folder. */
  readonly file: string;
  readonly article: ArticleSummary;
  readonly fromHtml: boolean;
  /** Plain sentences about what was done differently from what was asked (a new name, a conversion). */
  readonly notes: readonly string[];
}

export interface RemovedArticle {
  readonly file: string;
  /** The name in the trash folder, which restores it. */
  readonly trashName: string;
  /** `null` when the file removed was not a loaded article (a skipped file). */
  readonly article: ArticleSummary | null;
}

export interface RestoredArticle {
  readonly file: string;
  readonly trashName: string;
  readonly article: ArticleSummary;
}

export interface TrashedArticle extends TrashedFile {
  /** The article's title, or `''` when the file has none (or is no longer readable). */
  readonly title: string;
}

/** The moderator recorded for reloads nobody asked for (start-up, `CORPUS_WATCH`). */
export const AUTOMATIC: Actor = { id: 'newsdesk', name: 'automatic reload' };

/** How many paragraphs an {@link ArticleSummary} shows. */
export const SUMMARY_LINES = 3;

// Code-unit order, the order of the folder listing: the list is then already sorted, and sorting it again
// costs next to nothing (a locale-aware comparison took tens of milliseconds on 10,000 names).
const byFile = (a: Article, b: Article) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
const byName = (a: FileEntry, b: FileEntry) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
/** How long after a change the snapshot is saved; {@link Newsdesk.flush} saves at once. */
export const SAVE_DELAY_MS = 200;

/** The summary of an article shown to moderators. */
export function summarizeArticle(article: Article, lines = SUMMARY_LINES): ArticleSummary {
  return {
    id: article.id,
    file: article.file,
    title: article.title,
    source: article.source,
    date: article.date,
    url: article.url,
    paragraphs: article.paragraphs.length,
    firstLines: article.paragraphs.slice(0, lines).map((p) => p.text),
  };
}

function listNames(names: readonly string[], limit = 5): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

/** Why the files differ from the snapshot, e.g. `1 added (c.txt), 1 changed (b.txt)`. */
function describeChanges(report: Pick<ReloadReport, 'added' | 'changed' | 'removed'>): string {
  return (['added', 'changed', 'removed'] as const)
    .filter((kind) => report[kind].length > 0)
    .map((kind) => `${report[kind].length} ${kind} (${listNames(report[kind])})`)
    .join(', ');
}

const countChanges = (report: Pick<ReloadReport, 'added' | 'changed' | 'removed'>) =>
  `${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed`;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  private readonly options: EngineOptions;
  private readonly store: SnapshotStore | null;
  private index: NewsIndex;
  /** Every article file of the folder as last seen, loaded or skipped, by name. */
  private entries = new Map<string, FileEntry>();
  /** The entries whose article is in the index. */
  private loaded = new Map<string, FileEntry>();
  private others: readonly SkippedFile[] = [];
  /** The article files that are not loaded, and why. */
  private entrySkips: readonly SkippedFile[] = [];
  /** The files that are not loaded, and why: first those that are not article files. */
  private skipped: readonly SkippedFile[] = [];
  private sortedArticles: readonly Article[] = [];
  private lastReload: LastReload;
  private startup: SnapshotStartup = { state: 'disabled' };
  private lastSave: SnapshotSave | null = null;
  private removedTempFiles: readonly string[] = [];
  private audit = AuditLog.inMemory();
  private queue: Promise<unknown> = Promise.resolve();
  private saving: Promise<void> | null = null;
  private saveWanted = false;
  /** File times changed without any content: saved with the next save, or by {@link Newsdesk.flush}. */
  private statsDirty = false;
  private wakeSave: (() => void) | null = null;
  private flushing = 0;
  private readonly trashTitles = new Map<string, string>();

  private constructor(options: EngineOptions, lexicon: Lexicon) {
    this.options = options;
    this.corpusDir = options.corpusDir;
    this.folder = new CorpusFolder(options.corpusDir, { readOnly: options.readOnly ?? false });
    this.lexicon = lexicon;
    this.index = NewsIndex.build([], lexicon);
    this.store = options.indexDir
      ? new SnapshotStore(resolve(options.indexDir), {
          fingerprint: snapshotFingerprint(options),
          corpusDir: resolve(options.corpusDir),
          maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
        })
      : null;
    const empty: ReloadReport = {
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
    this.lastReload = { at: new Date(), by: null, tookMs: 0, report: empty };
  }

  /**
   * Loads the lexicon and the corpus folder and indexes it, from the snapshot in `indexDir` when it
   * still matches the files. Temporary files a crash left behind are deleted first.
   * @throws Error when the corpus folder or a lexicon file cannot be read.
   */
  static async open(options: EngineOptions): Promise<Newsdesk> {
    const engine = new Newsdesk(options, loadLexicon(options));
    await engine.enqueue(() => engine.start());
    return engine;
  }

  get articles(): readonly Article[] {
    return this.sortedArticles;
  }

  article(id: string): Article | undefined {
    return this.index.article(id);
  }

  /** The report of the last reload (or of the start-up load). */
  get report(): ReloadReport {
    return this.lastReload.report;
  }

  get loadedAt(): Date {
    return this.lastReload.at;
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

  /** Who asserts, confirms, denies and doubts what about a topic, across the corpus. */
  claims(topic: string): ClaimsReport {
    return claimsAbout(this.index, topic);
  }

  /** Corpus words that complete the last word being typed, most used first. */
  completions(prefix: string, limit = 25): string[] {
    return this.index.wordsWithPrefix(prefix.trim().toLowerCase(), limit);
  }

  /** Articles, skipped files, the last reload, the snapshot and the latest audit entries. */
  status(auditEntries = 10): EngineStatus {
    return {
      corpusDir: this.corpusDir,
      articles: this.index.articleCount,
      paragraphs: this.index.paragraphCount,
      skipped: this.skipped,
      lastReload: this.lastReload,
      snapshot: { indexDir: this.store?.dir ?? null, startup: this.startup, lastSave: this.lastSave },
      removedTempFiles: this.removedTempFiles,
      audit: this.audit.summary(Math.min(auditEntries, AUDIT_MEMORY)),
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
    return this.enqueue(async () => {
      const started = performance.now();
      try {
        const scan = await scanCorpus(this.folder, this.entries, this.scanOptions());
        const report = this.apply(scan.entries, scan.others, started);
        this.lastReload = { at: new Date(), by: actor ?? null, tookMs: report.tookMs, report };
        const changed = report.added.length + report.changed.length + report.removed.length > 0;
        if (actor || changed) {
          await this.record(actor ?? AUTOMATIC, 'reload', '', { detail: countChanges(report) });
        }
        return report;
      } catch (error) {
        await this.record(actor ?? AUTOMATIC, 'reload', '', { error });
        throw error;
      }
    });
  }

  /**
   * Adds an uploaded article (`.txt`, `.md`, or `.html`/`.htm` reduced to its article's text) to the
   * corpus folder under a safe, unused name, written to a temporary file first, and indexes it.
   * @throws NewsdeskError saying why it was refused: too large, empty, binary, another type, not UTF-8,
   * no paragraphs, an option that is not valid, the same text as an article already there, or a failed write.
   * @example await engine.addArticle({ fileName: 'ferry.html', bytes, source: 'Coast Herald', actor })
   */
  async addArticle(input: AddArticleInput): Promise<AddedArticle> {
    const { actor, ...upload } = input;
    const shown = displayName(upload.fileName) || '(no name)';
    let prepared: PreparedUpload;
    try {
      // Checked before queueing: a large HTML page takes a moment and depends on nothing else.
      prepared = await prepareUpload(upload, { maxArticleBytes: this.options.maxArticleBytes });
    } catch (error) {
      await this.record(actor, 'add', shown, { error });
      throw error;
    }
    return this.enqueue(async () => {
      try {
        const added = await this.addNow(prepared, upload.fileName);
        await this.record(actor, 'add', added.file, { detail: `saved as ${added.file}` });
        return added;
      } catch (error) {
        await this.record(actor, 'add', shown, { error });
        throw error;
      }
    });
  }

  /**
   * Moves an article's file (by file name or article id) into the trash folder inside the corpus
   * folder, from where {@link Newsdesk.restoreArticle} brings it back, and drops it from the index.
   * @throws NewsdeskError when there is no such file or it cannot be moved.
   */
  removeArticle(idOrFile: string, actor: Actor): Promise<RemovedArticle> {
    return this.enqueue(async () => {
      try {
        const removed = await this.removeNow(idOrFile);
        await this.record(actor, 'remove', removed.file, {
          detail: `moved to ${TRASH_DIR}/${removed.trashName}`,
        });
        return removed;
      } catch (error) {
        await this.record(actor, 'remove', displayName(idOrFile), { error });
        throw error;
      }
    });
  }

  /**
   * Moves a removed article back from the trash (by trash name, or file name or id: the latest copy)
   * and indexes it again.
   * @throws NewsdeskError when it is not in the trash, a file of that name (or article id) is in the
   * corpus again, its text is already there under another name, or it is no longer a loadable article.
   */
  restoreArticle(idOrFile: string, actor: Actor): Promise<RestoredArticle> {
    return this.enqueue(async () => {
      try {
        const restored = await this.restoreNow(idOrFile);
        await this.record(actor, 'restore', restored.file, {
          detail: `from ${TRASH_DIR}/${restored.trashName}`,
        });
        return restored;
      } catch (error) {
        await this.record(actor, 'restore', displayName(idOrFile), { error });
        throw error;
      }
    });
  }

  /** The articles in the trash, most recently removed first (for autocomplete). */
  async trashedArticles(): Promise<TrashedArticle[]> {
    const trashed = await this.folder.listTrash();
    return Promise.all(trashed.map(async (item) => ({ ...item, title: await this.trashTitle(item) })));
  }

  /**
   * Resolves once every change so far is indexed, saved (or failed to save) and audited. Call it before
   * the process exits.
   */
  async flush(): Promise<void> {
    this.flushing++;
    try {
      await this.queue.catch(() => undefined);
      if (this.statsDirty) this.scheduleSave();
      this.wakeSave?.();
      while (this.saving) await this.saving;
      await this.audit.flush();
    } finally {
      this.flushing--;
    }
  }

  /** The scan's settings, with progress reported as files are read. */
  private scanOptions(): ScanOptions {
    const { onProgress } = this.options;
    return onProgress
      ? { ...this.options, onRead: (done, total) => onProgress({ phase: 'reading', done, total }) }
      : this.options;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(task);
    this.queue = run;
    return run;
  }

  private async record(
    actor: Actor,
    action: AuditAction,
    article: string,
    outcome: { detail?: string; error?: unknown },
  ): Promise<void> {
    const moderator = { id: String(actor.id), name: String(actor.name) };
    await this.audit.record(
      'error' in outcome
        ? { moderator, action, article, result: 'error', error: reasonOf(outcome.error) }
        : { moderator, action, article, result: 'ok', ...(outcome.detail ? { detail: outcome.detail } : {}) },
    );
  }

  private async start(): Promise<void> {
    const started = performance.now();
    const indexDir = this.store?.dir;
    // Read-only: nothing is deleted, and the audit log is not even opened (it would be appended to).
    const writable = !this.options.readOnly;
    this.removedTempFiles = writable
      ? [
          ...(await this.folder.removeLeftoverTempFiles()),
          ...(indexDir ? await removeLeftoverTempFiles(indexDir) : []),
        ]
      : [];
    this.audit = await AuditLog.open(indexDir && writable ? join(indexDir, AUDIT_FILE) : null);

    let problem: string | null = null;
    let fromSnapshot = false;
    // The snapshot's parsed articles are good (same fingerprint) even if its index turns out not to be:
    // files that match them are not parsed again.
    let known = new Map<string, FileEntry>();
    if (this.store) {
      const read = await this.store.read();
      if (read.ok) {
        known = new Map(read.snapshot.entries.map((entry) => [entry.file, entry]));
        try {
          const { loaded, skipped } = this.partition(read.snapshot.entries);
          const articles = [...loaded.values()].map((entry) => entry.article as Article);
          this.index = NewsIndex.fromJSON(read.snapshot.indexJson, articles, this.lexicon);
          this.entries = known;
          this.loaded = loaded;
          this.entrySkips = skipped;
          this.sortedArticles = articles.sort(byFile);
          fromSnapshot = true;
        } catch (error) {
          problem = reasonOf(error);
        }
      } else problem = read.reason;
    }
    const scan = await scanCorpus(this.folder, known, this.scanOptions());
    const report = this.apply(scan.entries, scan.others, started);
    this.lastReload = { at: new Date(), by: null, tookMs: report.tookMs, report };
    const changes = describeChanges(report);
    if (!this.store) this.startup = { state: 'disabled' };
    else if (!fromSnapshot)
      this.startup = { state: 'rebuilt', reason: problem ?? 'no snapshot', tookMs: report.tookMs };
    else if (changes) {
      this.startup = {
        state: 'refreshed',
        reason: `files changed since the snapshot was saved: ${changes}`,
        tookMs: report.tookMs,
      };
    } else this.startup = { state: 'loaded', tookMs: report.tookMs };
    // From a snapshot, `apply` saves when any file differs (even one only touched, so the next start
    // does not read it again); without one, the first snapshot is due even for an empty folder.
    if (!fromSnapshot) this.scheduleSave();
  }

  /** Which entries are loaded (the first file of an article id wins) and which are skipped, and why. */
  private partition(entries: readonly FileEntry[]): {
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
   * Makes the given entries (all article files, sorted by name) the corpus: added, changed (by hash)
   * and removed articles are replaced in the index, synchronously, and a save is scheduled if anything
   * differs from before.
   */
  private apply(
    entries: readonly FileEntry[],
    others: readonly SkippedFile[],
    started: number,
  ): ReloadReport {
    const sameFiles = entries.length === this.entries.size;
    this.others = others;
    if (sameFiles && entries.every((entry) => this.entries.get(entry.file) === entry)) {
      // The common reload: every file as it was. Only the files that are not articles may differ.
      this.skipped = [...others, ...this.entrySkips];
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
      // Touched files, or files confirmed by hash: only their times are new. Worth recording at the next
      // save, not worth a save of its own.
      this.entries = new Map(entries.map((entry) => [entry.file, entry]));
      this.statsDirty = true;
      this.skipped = [...others, ...this.entrySkips];
      return this.reportOf(started, [], [], [], this.loaded.size);
    }
    const { loaded: next, skipped } = this.partition(entries);
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
      if (old?.article) this.index.remove(old.article.id);
    }
    const toIndex = [...changed, ...added];
    for (const [i, file] of toIndex.entries()) {
      const entry = next.get(file);
      if (entry?.article) this.index.add(entry.article);
      this.options.onProgress?.({ phase: 'indexing', done: i + 1, total: toIndex.length });
    }
    this.entries = new Map(entries.map((entry) => [entry.file, entry]));
    this.loaded = next;
    this.entrySkips = skipped;
    this.skipped = [...others, ...skipped];
    if (added.length + changed.length + removed.length > 0) {
      this.sortedArticles = [...next.values()].map((entry) => entry.article as Article).sort(byFile);
    }
    this.scheduleSave();
    return this.reportOf(started, added, changed, removed, next.size - added.length - changed.length);
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
      skipped: this.skipped,
      articles: this.index.articleCount,
      paragraphs: this.index.paragraphCount,
      tookMs: Math.round(performance.now() - started),
      added,
      changed,
      removed,
      unchanged,
    };
  }

  /** Replaces the entries of some files (an entry of `null` drops the file) and applies the result. */
  private applyFiles(changes: ReadonlyMap<string, FileEntry | null>): ReloadReport {
    const entries = [...this.entries.values()].filter((entry) => !changes.has(entry.file));
    for (const entry of changes.values()) if (entry) entries.push(entry);
    return this.apply(entries.sort(byName), this.others, performance.now());
  }

  /** Lower-case names and article ids in the corpus folder, taken for a new file. */
  private async takenNames(): Promise<Set<string>> {
    const names = await this.folder.names().catch((error: unknown) => {
      throw new NewsdeskError('write-failed', `cannot read the corpus folder (${reasonOf(error)})`);
    });
    const taken = new Set<string>();
    for (const name of names) {
      taken.add(name.toLowerCase());
      taken.add(articleIdOf(name).toLowerCase());
    }
    return taken;
  }

  private duplicateOf(article: Article): FileEntry | undefined {
    const textHash = textHashOf(article);
    for (const entry of this.loaded.values()) if (entry.textHash === textHash) return entry;
    return undefined;
  }

  private async addNow(prepared: PreparedUpload, fileName: string): Promise<AddedArticle> {
    const shown = displayName(fileName) || '(no name)';
    const twin = this.duplicateOf(prepared.article);
    if (twin) {
      throw new NewsdeskError(
        'duplicate',
        `cannot add "${shown}": same text as ${twin.file}, which is already in the corpus`,
      );
    }
    const taken = await this.takenNames();
    let file = uniqueName(prepared.name, taken);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.folder.writeNew(file, prepared.bytes);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        // Another process took the name between the check and the write: take the next one.
        if (code === 'EEXIST' && attempt < 5) {
          taken.add(file.toLowerCase()).add(articleIdOf(file).toLowerCase());
          file = uniqueName(prepared.name, taken);
          continue;
        }
        throw new NewsdeskError(
          'write-failed',
          `cannot add "${shown}": cannot write ${file} into the corpus folder (${code ?? reasonOf(error)})`,
        );
      }
    }
    const [entry] = await scanFiles(this.folder, [file], this.entries, this.options);
    if (!entry)
      throw new NewsdeskError('write-failed', `cannot add "${shown}": ${file} could not be read back`);
    this.applyFiles(new Map([[file, entry]]));
    const article = this.loaded.get(file)?.article;
    if (!article) {
      const reason = this.skipped.find((s) => s.file === file)?.reason ?? 'not loaded';
      throw new NewsdeskError('write-failed', `"${shown}" was saved as ${file} but not loaded: ${reason}`);
    }
    const notes: string[] = [];
    // An HTML page is saved as text: that alone is not a change of name worth a note.
    const asked = prepared.fromHtml ? fileName.replace(/\.html?$/i, '.txt') : fileName;
    if (prepared.name !== asked) notes.push(`The name "${shown}" was changed to ${prepared.name}.`);
    if (file !== prepared.name)
      notes.push(`${prepared.name} exists already, so the article was saved as ${file}.`);
    if (prepared.fromHtml)
      notes.push(`Converted from HTML: ${article.paragraphs.length} paragraphs of the article's text kept.`);
    return { file, article: summarizeArticle(article), fromHtml: prepared.fromHtml, notes };
  }

  /** The entry a moderator means: a file name, else an article id, else either ignoring case. */
  private findEntry(idOrFile: string): FileEntry | undefined {
    const wanted = idOrFile.trim();
    const exact = this.entries.get(wanted) ?? [...this.loaded.values()].find((e) => e.article?.id === wanted);
    if (exact) return exact;
    const lower = wanted.toLowerCase();
    const matches = [...this.entries.values()].filter(
      (e) => e.file.toLowerCase() === lower || articleIdOf(e.file).toLowerCase() === lower,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  private async removeNow(idOrFile: string): Promise<RemovedArticle> {
    const entry = this.findEntry(idOrFile);
    if (!entry) throw new NewsdeskError('not-found', `no article "${displayName(idOrFile)}" in the corpus`);
    let trashName: string;
    try {
      trashName = await this.folder.moveToTrash(entry.file, new Date());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? reasonOf(error);
      if (code === 'ENOENT') {
        // Deleted by hand since the last reload: the index catches up, and there is nothing to trash.
        this.applyFiles(new Map([[entry.file, null]]));
        throw new NewsdeskError('not-found', `${entry.file} is no longer in the corpus folder`);
      }
      throw new NewsdeskError('write-failed', `cannot move ${entry.file} to the trash (${code})`);
    }
    const wasLoaded = this.loaded.has(entry.file);
    this.applyFiles(new Map([[entry.file, null]]));
    return {
      file: entry.file,
      trashName,
      article: wasLoaded && entry.article ? summarizeArticle(entry.article) : null,
    };
  }

  private async restoreNow(idOrFile: string): Promise<RestoredArticle> {
    const wanted = idOrFile.trim();
    const lower = wanted.toLowerCase();
    const trashed = await this.folder.listTrash();
    const item =
      trashed.find((t) => t.trashName === wanted) ??
      trashed.find((t) => t.file === wanted || articleIdOf(t.file) === wanted) ??
      trashed.find((t) => t.file.toLowerCase() === lower || articleIdOf(t.file).toLowerCase() === lower);
    if (!item) throw new NewsdeskError('not-found', `no article "${displayName(wanted)}" in the trash`);
    const { file, trashName } = item;
    const taken = await this.takenNames();
    if (taken.has(file.toLowerCase()))
      throw new NewsdeskError(
        'name-taken',
        `cannot restore ${file}: a file with that name is in the corpus again`,
      );
    const id = articleIdOf(file);
    if (taken.has(id.toLowerCase()))
      throw new NewsdeskError('name-taken', `cannot restore ${file}: another file has the article id ${id}`);
    const fromTrash = await this.folder.readTrash(
      trashName,
      this.options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
    );
    const read =
      'bytes' in fromTrash
        ? readArticleBytes(file, fromTrash.bytes, this.options)
        : { skipped: fromTrash.skipped };
    if ('skipped' in fromTrash && !fromTrash.skipped.startsWith('too large'))
      throw new NewsdeskError('not-found', `cannot read ${TRASH_DIR}/${trashName} (${fromTrash.skipped})`);
    if ('skipped' in read)
      throw new NewsdeskError(codeOfSkipReason(read.skipped), `cannot restore ${file}: ${read.skipped}`);
    const twin = this.duplicateOf(read.article);
    if (twin) {
      throw new NewsdeskError(
        'duplicate',
        `cannot restore ${file}: same text as ${twin.file}, which is in the corpus`,
      );
    }
    try {
      await this.folder.restoreFromTrash(trashName, file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST')
        throw new NewsdeskError(
          'name-taken',
          `cannot restore ${file}: a file with that name is in the corpus again`,
        );
      throw new NewsdeskError('write-failed', `cannot restore ${file} (${code ?? reasonOf(error)})`);
    }
    const [entry] = await scanFiles(this.folder, [file], this.entries, this.options);
    if (entry) this.applyFiles(new Map([[file, entry]]));
    const article = this.loaded.get(file)?.article ?? read.article;
    return { file, trashName, article: summarizeArticle(article) };
  }

  private async trashTitle(item: TrashedFile): Promise<string> {
    const cached = this.trashTitles.get(item.trashName);
    if (cached !== undefined) return cached;
    const limit = this.options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
    const fromTrash = await this.folder.readTrash(item.trashName, limit);
    const read =
      'bytes' in fromTrash ? readArticleBytes(item.file, fromTrash.bytes, { maxArticleBytes: limit }) : null;
    const title = read && 'article' in read ? read.article.title : '';
    this.trashTitles.set(item.trashName, title);
    return title;
  }

  /**
   * Saves the snapshot shortly after a change, off the change's own path (serialising a large index
   * holds the event loop for a moment); changes in quick succession share one save.
   */
  private scheduleSave(): void {
    if (!this.store || this.options.readOnly) return;
    this.saveWanted = true;
    if (this.saving) return;
    this.saving = this.saveLoop();
  }

  private async saveLoop(): Promise<void> {
    const store = this.store;
    try {
      while (store && this.saveWanted) {
        // Let the reply to the change go out before the index is serialised, and let a burst settle.
        if (this.flushing === 0) {
          await new Promise<void>((wake) => {
            const timer = setTimeout(wake, SAVE_DELAY_MS);
            this.wakeSave = () => {
              clearTimeout(timer);
              wake();
            };
          });
          this.wakeSave = null;
        }
        this.saveWanted = false;
        this.statsDirty = false;
        const started = performance.now();
        try {
          // Entries and index are read in one synchronous step: they always describe the same corpus.
          const bytes = await store.write([...this.entries.values()], this.index.toJSON());
          this.lastSave = {
            at: new Date(),
            ok: true,
            bytes,
            tookMs: Math.round(performance.now() - started),
          };
        } catch (error) {
          const message = `cannot save the index snapshot in ${store.dir} (${reasonOf(error)}); still answering from memory`;
          this.lastSave = { at: new Date(), ok: false, error: message };
        }
      }
    } finally {
      this.saving = null;
    }
  }
}
