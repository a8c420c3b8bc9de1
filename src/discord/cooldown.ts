import type { CooldownConfig } from '../config.ts';

export type CooldownResult =
  | { readonly ok: true }
  /** `notify` is true for the first refusal of a window only, so plain messages are not answered again and again. */
  | { readonly ok: false; readonly retryAfterMs: number; readonly notify: boolean };

/**
 * Per-user sliding window: at most `uses` commands or questions within `windowMs`.
 * Buttons and autocomplete are not counted: they are cheap and part of a result already given.
 */
export class Cooldown {
  readonly #uses: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  readonly #recent = new Map<string, number[]>();
  readonly #toldUntil = new Map<string, number>();

  constructor(config: CooldownConfig, now: () => number = Date.now) {
    this.#uses = config.uses;
    this.#windowMs = config.windowMs;
    this.#now = now;
  }

  /** Counts one use for `userId` if allowed; otherwise says how long until the next is. */
  take(userId: string): CooldownResult {
    if (this.#uses === 0) return { ok: true };
    const now = this.#now();
    const since = now - this.#windowMs;
    const times = (this.#recent.get(userId) ?? []).filter((t) => t > since);
    if (times.length >= this.#uses) {
      this.#recent.set(userId, times);
      const until = (times[0] as number) + this.#windowMs;
      const notify = (this.#toldUntil.get(userId) ?? 0) <= now;
      if (notify) this.#toldUntil.set(userId, until);
      return { ok: false, retryAfterMs: until - now, notify };
    }
    times.push(now);
    this.#recent.set(userId, times);
    if (this.#recent.size > 10_000) this.#sweep(since);
    return { ok: true };
  }

  #sweep(since: number): void {
    for (const [user, times] of this.#recent) {
      if ((times.at(-1) ?? 0) <= since) this.#recent.delete(user);
    }
    for (const [user, until] of this.#toldUntil) {
      if (until <= since + this.#windowMs) this.#toldUntil.delete(user);
    }
  }
}
