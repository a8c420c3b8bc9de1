import { articleIdOf } from './article.ts';
import type { Actor, AuditAction } from './audit.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, type LoadOptions, readArticleBytes } from './corpus.ts';
import type { CorpusFolder } from './corpus-folder.ts';
import { type CorpusState, EMPTY_REPORT, type ReloadReport } from './corpus-state.ts';
import { NewsdeskError } from './errors.ts';
import { displayName, TRASH_DIR, uniqueName } from './library.ts';
import type { Persistence } from './persistence.ts';
import {
  type FileEntry,
  type FolderLook,
  type LoadProgress,
  type ScanOptions,
  scanCorpus,
  scanFiles,
} from './scan.ts';
import type { Article } from './types.ts';
import { type ArticleUpload, codeOfSkipReason, type PreparedUpload, prepareUpload } from './upload.ts';

export interface LastReload {
  readonly at: Date;
  /** Who asked; `null` for the start-up load and automatic reloads (`CORPUS_WATCH`). */
  readonly by: Actor | null;
  readonly tookMs: number;
  readonly report: ReloadReport;
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

export interface CurationOptions extends LoadOptions {
  /** Called while files are read and articles indexed. */
  readonly onProgress?: ((progress: LoadProgress) => void) | undefined;
}

/** The moderator recorded for reloads nobody asked for (start-up, `CORPUS_WATCH`). */
export const AUTOMATIC: Actor = { id: 'newsdesk', name: 'automatic reload' };

/** How many paragraphs an {@link ArticleSummary} shows. */
export const SUMMARY_LINES = 3;

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

const countChanges = (report: Pick<ReloadReport, 'added' | 'changed' | 'removed'>) =>
  `${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed`;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The changes made to the corpus folder: reloads, and articles added, removed to the trash and restored
 * from it. They run one at a time, each audited, and each swaps the index in one synchronous step.
 */
export class Curation {
  private readonly folder: CorpusFolder;
  private readonly state: CorpusState;
  private readonly persistence: Persistence;
  private readonly options: CurationOptions;
  private queue: Promise<unknown> = Promise.resolve();
  private latest: LastReload = { at: new Date(), by: null, tookMs: 0, report: EMPTY_REPORT };

  constructor(folder: CorpusFolder, state: CorpusState, persistence: Persistence, options: CurationOptions) {
    this.folder = folder;
    this.state = state;
    this.persistence = persistence;
    this.options = options;
  }

  /** The last reload, or the start-up load. */
  get lastReload(): LastReload {
    return this.latest;
  }

  /** Runs a change after those before it have settled, whether or not they failed. */
  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.catch(() => undefined).then(task);
    this.queue = run;
    return run;
  }

  /** Resolves once every change queued so far has settled. */
  settled(): Promise<unknown> {
    return this.queue.catch(() => undefined);
  }

  /**
   * Scans the folder (reading only the files that differ from `known`), applies what it found, and
   * makes the result the last reload. Call it from a queued task.
   */
  async scan(
    known: ReadonlyMap<string, FileEntry>,
    actor: Actor | null,
    started: number,
    look?: FolderLook,
  ): Promise<ReloadReport> {
    const scan = await scanCorpus(this.folder, known, this.scanOptions(), look);
    const report = this.state.apply(scan.entries, scan.others, started);
    this.latest = { at: new Date(), by: actor, tookMs: report.tookMs, report };
    return report;
  }

  /** `Newsdesk.reload`: a queued, audited rescan. */
  reload(actor?: Actor): Promise<ReloadReport> {
    return this.enqueue(async () => {
      const started = performance.now();
      try {
        const report = await this.scan(this.state.knownEntries, actor ?? null, started);
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

  /** `Newsdesk.addArticle`: checks the upload, then writes and indexes it in the queue. */
  async add(input: AddArticleInput): Promise<AddedArticle> {
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
    return this.audited(
      actor,
      'add',
      shown,
      () => this.addNow(prepared, upload.fileName),
      (added) => `saved as ${added.file}`,
    );
  }

  /** `Newsdesk.removeArticle`: moves the file to the trash and drops it from the index. */
  remove(idOrFile: string, actor: Actor): Promise<RemovedArticle> {
    return this.audited(
      actor,
      'remove',
      displayName(idOrFile),
      () => this.removeNow(idOrFile),
      (removed) => `moved to ${TRASH_DIR}/${removed.trashName}`,
    );
  }

  /** `Newsdesk.restoreArticle`: moves a file back from the trash and indexes it again. */
  restore(idOrFile: string, actor: Actor): Promise<RestoredArticle> {
    return this.audited(
      actor,
      'restore',
      displayName(idOrFile),
      () => this.restoreNow(idOrFile),
      (restored) => `from ${TRASH_DIR}/${restored.trashName}`,
    );
  }

  /** The scan's settings, with progress reported as files are read. */
  private scanOptions(): ScanOptions {
    const { onProgress } = this.options;
    return onProgress
      ? { ...this.options, onRead: (done, total) => onProgress({ phase: 'reading', done, total }) }
      : this.options;
  }

  /**
   * Runs a change in the queue and audits it: under the file it changed when it succeeds, under `shown`
   * with the error when it fails.
   */
  private audited<T extends { readonly file: string }>(
    actor: Actor,
    action: AuditAction,
    shown: string,
    change: () => Promise<T>,
    detailOf: (result: T) => string,
  ): Promise<T> {
    return this.enqueue(async () => {
      try {
        const result = await change();
        await this.record(actor, action, result.file, { detail: detailOf(result) });
        return result;
      } catch (error) {
        await this.record(actor, action, shown, { error });
        throw error;
      }
    });
  }

  private async record(
    actor: Actor,
    action: AuditAction,
    article: string,
    outcome: { detail?: string; error?: unknown },
  ): Promise<void> {
    const moderator = { id: String(actor.id), name: String(actor.name) };
    await this.persistence.audit.record(
      'error' in outcome
        ? { moderator, action, article, result: 'error', error: reasonOf(outcome.error) }
        : { moderator, action, article, result: 'ok', ...(outcome.detail ? { detail: outcome.detail } : {}) },
    );
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

  private async addNow(prepared: PreparedUpload, fileName: string): Promise<AddedArticle> {
    const shown = displayName(fileName) || '(no name)';
    const twin = this.state.duplicateOf(prepared.article);
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
    const [entry] = await scanFiles(this.folder, [file], this.state.knownEntries, this.options);
    if (!entry)
      throw new NewsdeskError('write-failed', `cannot add "${shown}": ${file} could not be read back`);
    this.state.applyFiles(new Map([[file, entry]]));
    const article = this.state.loadedArticle(file);
    if (!article) {
      const reason = this.state.skipReason(file) ?? 'not loaded';
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

  private async removeNow(idOrFile: string): Promise<RemovedArticle> {
    const entry = this.state.findEntry(idOrFile);
    if (!entry) throw new NewsdeskError('not-found', `no article "${displayName(idOrFile)}" in the corpus`);
    let trashName: string;
    try {
      trashName = await this.folder.moveToTrash(entry.file, new Date());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? reasonOf(error);
      if (code === 'ENOENT') {
        // Deleted by hand since the last reload: the index catches up, and there is nothing to trash.
        this.state.applyFiles(new Map([[entry.file, null]]));
        throw new NewsdeskError('not-found', `${entry.file} is no longer in the corpus folder`);
      }
      throw new NewsdeskError('write-failed', `cannot move ${entry.file} to the trash (${code})`);
    }
    const wasLoaded = this.state.loadedArticle(entry.file) !== undefined;
    this.state.applyFiles(new Map([[entry.file, null]]));
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
    const twin = this.state.duplicateOf(read.article);
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
    const [entry] = await scanFiles(this.folder, [file], this.state.knownEntries, this.options);
    if (entry) this.state.applyFiles(new Map([[file, entry]]));
    const article = this.state.loadedArticle(file) ?? read.article;
    return { file, trashName, article: summarizeArticle(article) };
  }
}
