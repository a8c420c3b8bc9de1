import { describe, expect, test } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { SessionStore } from '../../src/discord/sessions.ts';

describe('Cooldown', () => {
  test('allows `uses` per window per user, then says how long to wait, notifying once', () => {
    let now = 1_000;
    const cooldown = new Cooldown({ uses: 2, windowMs: 10_000 }, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    now += 1_000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now += 1_000;
    expect(cooldown.take('a')).toEqual({ ok: false, retryAfterMs: 8_000, notify: true });
    now += 3_000;
    expect(cooldown.take('a')).toEqual({ ok: false, retryAfterMs: 5_000, notify: false });
    now += 5_000;
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('a')).toEqual({ ok: false, retryAfterMs: 1_000, notify: true });
  });

  test('uses 0 turns it off', () => {
    const cooldown = new Cooldown({ uses: 0, windowMs: 10_000 }, () => 0);
    for (let i = 0; i < 100; i++) expect(cooldown.take('a').ok).toBe(true);
  });
});

describe('SessionStore', () => {
  test('keeps values until they expire', () => {
    let now = 0;
    const ids = ['aaaaaaaaaa', 'bbbbbbbbbb'];
    const store = new SessionStore<string>({
      ttlMs: 100,
      max: 10,
      now: () => now,
      newId: () => ids.shift() ?? 'zzzzzzzzzz',
    });
    const id = store.create('answer');
    expect(id).toBe('aaaaaaaaaa');
    now = 99;
    expect(store.get(id)).toBe('answer');
    now = 100;
    expect(store.get(id)).toBeUndefined();
    expect(store.get('unknown000')).toBeUndefined();
  });

  test('drops the oldest beyond max', () => {
    const store = new SessionStore<number>({ ttlMs: 1_000, max: 2 });
    const a = store.create(1);
    const b = store.create(2);
    const c = store.create(3);
    expect(store.size).toBe(2);
    expect(store.get(a)).toBeUndefined();
    expect(store.get(b)).toBe(2);
    expect(store.get(c)).toBe(3);
    expect(a).toMatch(/^[a-z0-9]{10}$/);
  });
});
