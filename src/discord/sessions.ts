import { randomBytes } from 'node:crypto';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A 10-character id from `[a-z0-9]`, as custom ids expect. */
export function newSessionId(): string {
  const bytes = randomBytes(10);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}

export interface SessionStoreOptions {
  readonly ttlMs: number;
  /** Oldest sessions are dropped beyond this many. */
  readonly max: number;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/**
 * Remembers what a result's buttons refer to (an answer, a list of hits) for a while. Lost on restart:
 * a button that outlives its session gets a polite "expired" reply.
 */
export class SessionStore<T> {
  readonly #entries = new Map<string, { value: T; expires: number }>();
  readonly #ttlMs: number;
  readonly #max: number;
  readonly #now: () => number;
  readonly #newId: () => string;

  constructor(options: SessionStoreOptions) {
    this.#ttlMs = options.ttlMs;
    this.#max = options.max;
    this.#now = options.now ?? Date.now;
    this.#newId = options.newId ?? newSessionId;
  }

  get size(): number {
    return this.#entries.size;
  }

  create(value: T): string {
    let id = this.#newId();
    while (this.#entries.has(id)) id = this.#newId();
    this.#entries.set(id, { value, expires: this.#now() + this.#ttlMs });
    while (this.#entries.size > this.#max) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
    return id;
  }

  get(id: string): T | undefined {
    const entry = this.#entries.get(id);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.#now()) {
      this.#entries.delete(id);
      return undefined;
    }
    return entry.value;
  }
}
