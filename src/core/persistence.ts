import { join, resolve } from 'node:path';
import { AuditLog } from './audit.ts';
import { DEFAULT_MAX_ARTICLE_BYTES, type LoadOptions } from './corpus.ts';
import type { CorpusFolder } from './corpus-folder.ts';
import type { CorpusState, ReloadReport } from './corpus-state.ts';
import type { LexiconOptions } from './lexicon.ts';
import { removeLeftoverTempFiles } from './library.ts';
import type { FileEntry } from './scan.ts';
import { AUDIT_FILE, SnapshotStore, snapshotFingerprint } from './snapshot.ts';

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

/** Where the snapshot and the audit log are kept, and whether anything may be written. */
export interface PersistenceOptions extends LexiconOptions, LoadOptions {
  readonly corpusDir: string;
  readonly indexDir?: string | undefined;
  readonly readOnly?: boolean | undefined;
}

/** What start-up found in the snapshot. */
export interface SnapshotLoad {
  /**
   * The snapshot's parsed files. Good (same fingerprint) even if its index turns out not to be: files
   * that match them are not parsed again.
   */
  readonly known: ReadonlyMap<string, FileEntry>;
  /** Whether the snapshot's index was taken. */
  readonly fromSnapshot: boolean;
  /** Why it was not; `null` when it was, or when there is no index folder. */
  readonly problem: string | null;
}

/** How long after a change the snapshot is saved; `Newsdesk.flush` saves at once. */
export const SAVE_DELAY_MS = 200;

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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

/**
 * What Newsdesk keeps in its index folder: the snapshot of a {@link CorpusState}, read at start-up and
 * saved shortly after every change, and the audit log. Without an index folder nothing is saved and the
 * audit log is kept in memory; read-only, the snapshot is read but nothing is written or deleted.
 */
export class Persistence {
  private readonly options: PersistenceOptions;
  private readonly state: CorpusState;
  private readonly store: SnapshotStore | null;
  private startup: SnapshotStartup = { state: 'disabled' };
  private lastSave: SnapshotSave | null = null;
  private saving: Promise<void> | null = null;
  private saveWanted = false;
  /** File times changed without any content: saved with the next save, or by {@link Persistence.flush}. */
  private statsDirty = false;
  private wakeSave: (() => void) | null = null;
  private flushing = 0;
  private auditLog = AuditLog.inMemory();
  private removedTemp: readonly string[] = [];

  constructor(options: PersistenceOptions, state: CorpusState) {
    this.options = options;
    this.state = state;
    this.store = options.indexDir
      ? new SnapshotStore(resolve(options.indexDir), {
          fingerprint: snapshotFingerprint(options),
          corpusDir: resolve(options.corpusDir),
          maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
        })
      : null;
  }

  get status(): SnapshotStatus {
    return { indexDir: this.store?.dir ?? null, startup: this.startup, lastSave: this.lastSave };
  }

  /** The audit log: `audit.jsonl` in the index folder once {@link Persistence.open} ran, else in memory. */
  get audit(): AuditLog {
    return this.auditLog;
  }

  /** Temporary files a crash had left, deleted by {@link Persistence.open}. */
  get removedTempFiles(): readonly string[] {
    return this.removedTemp;
  }

  /**
   * Deletes the temporary files a crash left in the corpus and index folders and opens the audit log.
   * Read-only, nothing is deleted and the audit log is not even opened (it would be appended to).
   */
  async open(folder: CorpusFolder): Promise<void> {
    const indexDir = this.store?.dir;
    const writable = !this.options.readOnly;
    this.removedTemp = writable
      ? [
          ...(await folder.removeLeftoverTempFiles()),
          ...(indexDir ? await removeLeftoverTempFiles(indexDir) : []),
        ]
      : [];
    this.auditLog = await AuditLog.open(indexDir && writable ? join(indexDir, AUDIT_FILE) : null);
  }

  /** Reads the snapshot and, when its index fits its files, makes it the corpus state. */
  async load(): Promise<SnapshotLoad> {
    if (!this.store) return { known: new Map(), fromSnapshot: false, problem: null };
    const read = await this.store.read();
    if (!read.ok) return { known: new Map(), fromSnapshot: false, problem: read.reason };
    const known = new Map(read.snapshot.entries.map((entry) => [entry.file, entry]));
    try {
      this.state.restore(read.snapshot.entries, read.snapshot.indexJson);
      return { known, fromSnapshot: true, problem: null };
    } catch (error) {
      return { known, fromSnapshot: false, problem: reasonOf(error) };
    }
  }

  /** Records how start-up went, once the folder has been scanned on top of what {@link load} found. */
  started(load: SnapshotLoad, report: ReloadReport): void {
    const changes = describeChanges(report);
    if (!this.store) this.startup = { state: 'disabled' };
    else if (!load.fromSnapshot)
      this.startup = { state: 'rebuilt', reason: load.problem ?? 'no snapshot', tookMs: report.tookMs };
    else if (changes) {
      this.startup = {
        state: 'refreshed',
        reason: `files changed since the snapshot was saved: ${changes}`,
        tookMs: report.tookMs,
      };
    } else this.startup = { state: 'loaded', tookMs: report.tookMs };
    // From a snapshot, the scan saves when any file differs (even one only touched, so the next start
    // does not read it again); without one, the first snapshot is due even for an empty folder.
    if (!load.fromSnapshot) this.scheduleSave();
  }

  /** File times changed without any content: recorded with the next save. */
  touched(): void {
    this.statsDirty = true;
  }

  /**
   * Saves the snapshot shortly after a change, off the change's own path (serialising a large index
   * holds the event loop for a moment); changes in quick succession share one save.
   */
  scheduleSave(): void {
    if (!this.store || this.options.readOnly) return;
    this.saveWanted = true;
    if (this.saving) return;
    this.saving = this.saveLoop();
  }

  /**
   * Resolves once the changes `pending` stands for are saved (or failed to save), file times included,
   * and audited; the save is made at once instead of after {@link SAVE_DELAY_MS}.
   */
  async flush(pending: Promise<unknown>): Promise<void> {
    this.flushing++;
    try {
      await pending;
      if (this.statsDirty) this.scheduleSave();
      this.wakeSave?.();
      while (this.saving) await this.saving;
      await this.auditLog.flush();
    } finally {
      this.flushing--;
    }
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
          const bytes = await store.write([...this.state.knownEntries.values()], this.state.index.toJSON());
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
