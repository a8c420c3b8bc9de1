import { appendFile, mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Who asked for a change: a moderator's id and display name. */
export interface Actor {
  readonly id: string;
  readonly name: string;
}

export type AuditAction = 'add' | 'remove' | 'restore' | 'reload';

/** One line of the audit log. */
export interface AuditEntry {
  /** ISO 8601 time of the change. */
  readonly time: string;
  readonly moderator: Actor;
  readonly action: AuditAction;
  /** The article's file name; empty for a reload. */
  readonly article: string;
  readonly result: 'ok' | 'error';
  /** The error message when `result` is `error`. */
  readonly error?: string;
  /** What a successful change did, e.g. `saved as ferry.txt` or `1 added, 2 changed, 0 removed`. */
  readonly detail?: string;
}

export interface AuditSummary {
  /** The JSON Lines file, or `null` when the log is kept in memory only. */
  readonly file: string | null;
  /** The latest entries, newest first. */
  readonly recent: readonly AuditEntry[];
  /** Entries by action among the ones kept in memory (the latest {@link AUDIT_MEMORY}). */
  readonly counts: Readonly<Record<AuditAction, number>>;
  /** Refused or failed changes among them. */
  readonly failures: number;
  /** Why the last line could not be written, or `null` when it was. */
  readonly writeError: string | null;
}

/** Entries kept in memory for the status. */
export const AUDIT_MEMORY = 200;
/** How much of the end of an existing log is read back at start-up. */
const TAIL_BYTES = 256 * 1024;
const ACTIONS: readonly AuditAction[] = ['add', 'remove', 'restore', 'reload'];

function isEntry(value: unknown): value is AuditEntry {
  const entry = value as AuditEntry;
  return (
    typeof entry?.time === 'string' &&
    typeof entry.moderator?.id === 'string' &&
    typeof entry.moderator?.name === 'string' &&
    ACTIONS.includes(entry.action) &&
    typeof entry.article === 'string' &&
    (entry.result === 'ok' || entry.result === 'error')
  );
}

/** The last complete, valid entries of a JSON Lines log; an unreadable or missing file has none. */
async function readTail(file: string): Promise<AuditEntry[]> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split('\n');
    if (start > 0) lines.shift(); // cut mid-line
    const entries: AuditEntry[] = [];
    for (const line of lines) {
      try {
        const value: unknown = JSON.parse(line);
        if (isEntry(value)) entries.push(value);
      } catch {
        // A torn last line (crash mid-write) or a hand edit: not an entry.
      }
    }
    return entries.slice(-AUDIT_MEMORY);
  } catch {
    return [];
  } finally {
    await handle?.close();
  }
}

/**
 * The record of every change to the corpus: one JSON object a line, appended, never rewritten.
 * Writing never throws: a failure is kept for the status and the entry stays in memory.
 *
 * @example
 * const log = await AuditLog.open('.newsdesk/audit.jsonl');
 * await log.record({ moderator: { id: '1', name: 'ana' }, action: 'remove', article: 'a.txt', result: 'ok' });
 */
export class AuditLog {
  readonly file: string | null;
  private readonly entries: AuditEntry[];
  private writeError: string | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(file: string | null, entries: AuditEntry[]) {
    this.file = file;
    this.entries = entries;
  }

  /** A log kept in memory only. */
  static inMemory(): AuditLog {
    return new AuditLog(null, []);
  }

  /** Opens the log at `file` (reading back its latest entries), or an in-memory log for `null`. */
  static async open(file: string | null): Promise<AuditLog> {
    return new AuditLog(file, file === null ? [] : await readTail(file));
  }

  /** Appends an entry (timed now unless given); resolves once it is written or the write has failed. */
  record(entry: Omit<AuditEntry, 'time'> & { time?: string }): Promise<void> {
    const line: AuditEntry = { ...entry, time: entry.time ?? new Date().toISOString() };
    this.entries.push(line);
    if (this.entries.length > AUDIT_MEMORY) this.entries.shift();
    const { file } = this;
    if (file === null) return Promise.resolve();
    this.writing = this.writing.then(async () => {
      try {
        await mkdir(dirname(file), { recursive: true });
        await appendFile(file, `${JSON.stringify(line)}\n`);
        this.writeError = null;
      } catch (error) {
        this.writeError = `cannot write the audit log ${file}: ${(error as Error).message}`;
      }
    });
    return this.writing;
  }

  /** Resolves when every entry recorded so far is written (or failed). */
  flush(): Promise<void> {
    return this.writing;
  }

  summary(limit = 10): AuditSummary {
    const counts: Record<AuditAction, number> = { add: 0, remove: 0, restore: 0, reload: 0 };
    for (const entry of this.entries) counts[entry.action]++;
    return {
      file: this.file,
      recent: this.entries.slice(-limit).reverse(),
      counts,
      failures: this.entries.filter((entry) => entry.result === 'error').length,
      writeError: this.writeError,
    };
  }
}
